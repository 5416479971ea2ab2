/**
 * The analysis of government work reports, headless: loading, normalizing, metadata, outline
 * and export. Nothing here imports JavaFX, so the command line, the tests and the viewer all see
 * the same results. Offsets everywhere are Java {@code String} indices into the decoded
 * original text of a report, as half-open spans {@code [start, end)}.
 */
package org.reportlens.core;
