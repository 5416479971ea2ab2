/**
 * Comparing reports: sections aligned across years by what they say, then sentences inside
 * aligned sections, then words or characters inside changed sentences. Every step has a budget
 * and falls back to the coarser result; the caller can cancel between steps.
 */
package org.reportlens.core.compare;
