/**
 * Text as the analysis sees it: page furniture removed, whitespace folded, punctuation width
 * folded, with an exact map from every normalized character back to the original text.
 */
package org.reportlens.core.text;
