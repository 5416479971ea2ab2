/**
 * The workspace: the reports of a comparison, corrected metadata, options and the reviewer's notes
 * and "reviewed" marks, saved so that nothing is ever lost — atomically, with the previous version
 * kept, and refused rather than overwritten when it cannot be read.
 */
package org.reportlens.core.workspace;
