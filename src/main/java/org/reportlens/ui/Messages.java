package org.reportlens.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.reportlens.session.Notice;

/** The interface texts of one language, from {@code messages*.properties}. */
public final class Messages {
    static final String BUNDLE = "org.reportlens.ui.messages";
    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Chinese or English after the system locale; {@code -Dreportlens.lang=zh|en} overrides it. */
    public static Messages forDefaultLocale() {
        String lang = System.getProperty("reportlens.lang");
        return forLocale(lang == null || lang.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(lang));
    }

    public static Messages forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale must not be null");
        Locale chosen = locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        return new Messages(ResourceBundle.getBundle(BUNDLE, chosen, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The language the texts are in: Chinese, or the root (English). */
    public java.util.Locale locale() {
        return bundle.getLocale();
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    /** What the session says, in this language; a notice among the arguments is put into words first. */
    public String text(Notice notice) {
        if (notice.key().equals(Notice.VERBATIM)) {
            return String.valueOf(notice.args().get(0));
        }
        Object[] args = notice.args().stream().map(a -> a instanceof Notice inner ? text(inner) : a).toArray();
        return format(notice.key(), args);
    }
}
