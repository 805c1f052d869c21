package org.alliancehub.web.interfaces.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's labels in one language, for the Java side of the pages (facades label facet values,
 * beans format attribute values such as {@code aria-label}, which {@code h:outputFormat} cannot fill).
 * The same bundle the pages read as {@code msg}.
 * Dates and numbers are formatted for the same locale.
 */
public final class PortalMessages {

    public static final String BUNDLE = "org.alliancehub.web.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private PortalMessages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static PortalMessages of(Locale locale) {
        return new PortalMessages(ResourceBundle.getBundle(BUNDLE, locale), locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The label, or the key itself when the bundle has none (an unknown facet value shows as it is). */
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The label with MessageFormat arguments, formatted for the locale (numbers, choices). */
    public String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }

    /** True when the bundle has a label for the key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A date as readers of this language write it: "Dec 2, 2026", "2 dic 2026". */
    public String date(java.time.LocalDate date) {
        return date == null ? null
                : java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A moment as readers of this language write it, on its own offset's clock: "Dec 2, 2026, 3:05 PM". */
    public String dateTime(java.time.OffsetDateTime moment) {
        return moment == null ? null
                : java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                        .withLocale(locale).format(moment);
    }

    /** A file's size in this language's number format: "1.2 MB", "1,2 MB", "340 KB". */
    public String fileSize(long bytes) {
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        if (bytes >= 1024 * 1024) {
            return number.format(bytes / (1024.0 * 1024.0)) + " MB";
        }
        return number.format(Math.max(1, (bytes + 1023) / 1024)) + " KB";
    }

    /** "Only in English", "Solo en inglés": the language fallback's mark on an item not in the reader's language. */
    public String onlyIn(String languageTag) {
        String name = Locale.forLanguageTag(languageTag).getDisplayName(locale);
        return format("hit.only.in", name.isEmpty() ? languageTag : name);
    }

    /**
     * The fallback mark for an item offered in these languages, or null when the reader's language
     * is among them (or none is said).
     */
    public String onlyInUnlessOffered(java.util.List<String> languageTags) {
        if (languageTags == null || languageTags.isEmpty()
                || languageTags.stream().anyMatch(tag -> Locale.forLanguageTag(tag).getLanguage().equals(locale.getLanguage()))) {
            return null;
        }
        return onlyIn(languageTags.get(0));
    }

    /** A language's name as written inside a sentence: "the Spanish file", "el archivo en inglés". */
    public String languageInSentence(String tag) {
        if (tag == null || tag.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(tag).getDisplayName(locale);
        return name.isEmpty() ? tag : name;
    }

    /** A language's name in this language: "es" is "Spanish" in English and "Español" in Spanish. */
    public String languageName(String tag) {
        if (tag == null || tag.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(tag).getDisplayName(locale);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
