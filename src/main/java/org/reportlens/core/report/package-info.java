/** A loaded and analysed report, and loading several at once so one bad file stops none. */
package org.reportlens.core.report;
