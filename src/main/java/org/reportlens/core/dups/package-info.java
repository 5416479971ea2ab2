/**
 * Duplicated and reused passages: exact repeats found through classes of identical character
 * k-grams chained along the text (linear in its length, hashed partition by partition on all
 * cores), near repeats chained from exact ones across small edits, every passage narrowed to whole
 * clauses; stock wording learned from a corpus and ranked last; places named as people say them;
 * what each pair of reports and each section shares; and the corpus scan that does all this for a
 * thousand reports in bounded memory.
 */
package org.reportlens.core.dups;
