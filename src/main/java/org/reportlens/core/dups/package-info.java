/**
 * Duplicated and reused passages: exact repeats found through classes of identical character
 * k-grams chained along the text (linear in its length), near repeats chained from exact ones
 * across small edits, reuse shares per report and section, and stock phrases that can be muted.
 */
package org.reportlens.core.dups;
