/** The command line over {@code core}: {@code analyze} and {@code bench}. */
package org.reportlens.cli;
