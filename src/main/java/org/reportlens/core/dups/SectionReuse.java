package org.reportlens.core.dups;

/**
 * Reuse share of one outline section.
 *
 * @param section      the outline node id
 * @param otherReports share of its comparable characters also found in another report
 * @param sameReport   share of them also found elsewhere in the same report
 */
public record SectionReuse(String section, double otherReports, double sameReport) {
}
