/**
 * The JavaFX viewer: thin views over {@code org.reportlens.session}. Each pane is a small view that
 * binds to the session's state and forwards what the user does; {@code MainWindow} only assembles
 * them. No decision and no analysis lives here, and no class is longer than about 300 lines (an
 * ArchUnit rule checks both the toolkit boundary and the length).
 */
package org.reportlens.ui;
