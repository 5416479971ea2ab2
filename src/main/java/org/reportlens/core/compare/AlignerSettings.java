package org.reportlens.core.compare;

/**
 * The weights and thresholds of the section aligner, chosen on hand-annotated pairs of reports
 * ({@code src/test/resources/alignment}); {@link #DEFAULT} is what the program uses.
 *
 * @param body       weight of the TF-IDF cosine of the units' text
 * @param title      weight of the cosine of their titles
 * @param topic      weight of the cosine of their topic words (titles of leads, items, sections)
 * @param flow       weight of the larger share of either's text found in the other
 * @param mutualFlow weight of the smaller share: text that went both ways
 * @param least      no pair scores below this
 * @param strong     a mutual best pair from this score on may break the reports' order
 * @param alsoOdds   a unit also continues in another when the log-odds that it does ({@code Continuations.odds})
 *                   reach this …
 * @param sectionAlsoOdds … and a section in a section from these, when text went or topics went both ways
 *                   ({@code Continuations.sections}): the odds were fitted over parts and sections
 *                   together, and between two sections a link is right more often than they say (of the
 *                   candidates from −2 to 0 on the first 43 annotated pairs, 36 of 63 between sections were
 *                   true pairs, 2 of 25 with a part); F1 on the tuning pairs is highest at −1.25 (a fitted
 *                   chance of 0.4), within 0.002 of it from −0.75 to −1.5
 * @param longParagraph a paragraph longer than this is cut into chunks after sentences
 * @param piece      the shortest chunk cut from a long paragraph
 * @param match      a chunk's best match counts from this cosine on
 */
record AlignerSettings(double body, double title, double topic, double flow, double mutualFlow, double least,
                       double strong, double alsoOdds, double sectionAlsoOdds,
                       int longParagraph, int piece, double match) {
    static final AlignerSettings DEFAULT = new AlignerSettings(
            d("body", 1.0), d("title", 0.3), d("topic", 0.2), d("flow", 0.25), d("mutual", 0.25),
            d("least", 0.12), d("strong", 0.3), d("alsoOdds", 0.0), d("sectionAlsoOdds", -1.25),
            (int) d("long", 100), (int) d("piece", 50), d("match", 0.08));

    private static double d(String name, double value) {
        return Double.parseDouble(System.getProperty("rl." + name, String.valueOf(value)));
    }
}
