/**
 * The heading tree of a report: parts (一、), sections ((一)), items (1.), sub-items ((1)) and
 * topic leads, each node with its exact span in the original text.
 */
package org.reportlens.core.outline;
