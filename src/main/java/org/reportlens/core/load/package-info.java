/**
 * Reading report files: size limits, charset detection (BOM, strict UTF-8, ICU4J's detector for
 * GB18030 and the rest), and clear one-line problems for files that cannot be read.
 */
package org.reportlens.core.load;
