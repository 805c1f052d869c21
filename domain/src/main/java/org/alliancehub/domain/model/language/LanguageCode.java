package org.alliancehub.domain.model.language;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;

import org.alliancehub.domain.model.DomainRuleViolation;

/**
 * A BCP 47 language tag in its canonical form ({@code en}, {@code es}, {@code pt-BR}).
 * Materials are published in English, Spanish and other languages; the tag names which.
 */
public final class LanguageCode {

    public static final LanguageCode ENGLISH = new LanguageCode("en");
    public static final LanguageCode SPANISH = new LanguageCode("es");

    private static final int MAX_LENGTH = 35;

    private final String tag;

    private LanguageCode(String tag) {
        this.tag = tag;
    }

    /** Parses and canonicalizes a tag: {@code "ES"} becomes {@code "es"}, {@code "pt_br"} becomes {@code "pt-BR"}. */
    public static LanguageCode of(String value) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation("language-code", "A language code is required (BCP 47, e.g. en, es, pt-BR).");
        }
        String trimmed = value.trim().replace('_', '-');
        if (trimmed.length() > MAX_LENGTH) {
            throw new DomainRuleViolation("language-code", "Language code is too long: at most " + MAX_LENGTH + " characters.");
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(trimmed).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language subtag");
            }
            return new LanguageCode(locale.toLanguageTag());
        } catch (IllformedLocaleException e) {
            throw new DomainRuleViolation("language-code",
                    "'" + trimmed + "' is not a BCP 47 language code (e.g. en, es, pt-BR).");
        }
    }

    /** The primary language subtag: {@code pt} for {@code pt-BR}. */
    public String primaryLanguage() {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    public String tag() {
        return tag;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LanguageCode other && other.tag.equals(tag);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag);
    }

    @Override
    public String toString() {
        return tag;
    }
}
