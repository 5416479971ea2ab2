/**
 * The draft check: what an editor wants found in this year's draft against last year's report —
 * years left at last year's, figures and passages carried over unchanged, targets that did not
 * move, figures that disagree. The rules and what they cannot see are in {@code docs/checks.md}.
 */
package org.reportlens.core.check;
