/**
 * The corpus check: how well a folder of reports is read — government, year, plan year, review
 * and plan parts, main targets — scored against a manifest of what is known about each file, with
 * the files that miss. Headless; {@code reportlens corpus-check} prints it.
 */
package org.reportlens.core.corpus;
