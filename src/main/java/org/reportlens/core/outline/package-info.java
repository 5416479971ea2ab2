/**
 * The heading tree of a report: parts (一、, or on a line of their own without a number:
 * "2024年主要工作"), sections ((一)), items (1.), sub-items ((1)) and topic leads, each node with
 * its exact span in the original text; and what each part does (review, plan, outlook, other).
 */
package org.reportlens.core.outline;
