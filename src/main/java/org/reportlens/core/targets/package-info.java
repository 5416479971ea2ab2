/**
 * Numeric targets: the year's main targets, achieved figures in reviews, quantified commitments in
 * plans; canonical metric names; and the metric × report table with changes and achievement.
 */
package org.reportlens.core.targets;
