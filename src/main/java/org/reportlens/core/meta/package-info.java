/**
 * What a report is: title, government (under its full official name, from the data resource
 * {@code governments.tsv}), the year it is filed under, the years it reviews and plans, and the day
 * it was delivered — from its text and file name.
 */
package org.reportlens.core.meta;
