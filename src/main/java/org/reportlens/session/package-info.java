/**
 * The viewer's session, without a toolkit: everything the window decides, tested without a window
 * (no JavaFX or RichTextFX import here — an ArchUnit rule says so), so another front end could sit
 * on it. The {@link org.reportlens.session.Session} holds the reports (each as detected, with the
 * user's {@link org.reportlens.core.meta.Correction}), the columns, the options, the status and
 * the problems; {@link org.reportlens.session.ShownAnalysis} is what the window draws of one
 * analysis — marks and style runs per column, the F7/F8 order ({@link org.reportlens.session.Navigation}),
 * the scroll mapping ({@link org.reportlens.session.ScrollMap}), tooltip facts, counts — made in the
 * background; the {@link org.reportlens.session.Scheduler} runs the work on two lanes (analysis,
 * files), newest analysis first, every failure reported; the {@link org.reportlens.session.Review}
 * keeps the notes, their workspace and their recovery. State is read and changed on one thread
 * (the FX thread in the viewer) and watched through {@link org.reportlens.session.State}; what the
 * user is told is a {@link org.reportlens.session.Notice}, a message key the views put into words.
 */
package org.reportlens.session;
