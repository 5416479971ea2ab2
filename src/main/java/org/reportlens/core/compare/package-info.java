/**
 * Comparing reports: sections aligned across years by what they say, then sentences inside
 * aligned sections, then words or characters inside changed sentences; each compared pair given as
 * sentence units ({@link org.reportlens.core.compare.DiffUnit}: same, edited, new, dropped, moved,
 * routine). Every step has a budget and falls back to the coarser result (the pair says which);
 * the caller can cancel between steps.
 */
package org.reportlens.core.compare;
