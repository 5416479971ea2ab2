/** What a report is: title, government and its three years, from its text and file name. */
package org.reportlens.core.meta;
