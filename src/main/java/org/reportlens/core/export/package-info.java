/** The analysis written out: the JSON documented in {@code docs/json-format.md}. */
package org.reportlens.core.export;
