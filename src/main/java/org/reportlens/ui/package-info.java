/**
 * The JavaFX viewer: a thin layer that renders {@code core} results and forwards user intent.
 * No analysis lives here.
 */
package org.reportlens.ui;
