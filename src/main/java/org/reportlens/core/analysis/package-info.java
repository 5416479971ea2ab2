/**
 * The whole analysis of a set of reports — comparison, duplicates, targets — computed once, the
 * same for the viewer and the command line.
 */
package org.reportlens.core.analysis;
