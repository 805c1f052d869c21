package org.alliancehub.domain.model.activity;

import java.util.LinkedHashSet;
import java.util.Set;

import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.language.LanguageCode;

/** Checks shared by trainings and events. */
final class ActivityRules {

    private ActivityRules() {
    }

    static String requiredText(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation("activity", "A " + what + " is required.");
        }
        return optionalText(value, max, what);
    }

    static String optionalText(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new DomainRuleViolation("activity", "The " + what + " has at most " + max + " characters.");
        }
        return value.strip();
    }

    static String link(String value, String what) {
        String link = optionalText(value, 2000, what);
        if (link != null && !link.matches("(?i)https?://\\S+")) {
            throw new DomainRuleViolation("activity", "The " + what + " is an http or https address.");
        }
        return link;
    }

    static Set<String> languages(Set<String> tags) {
        if (tags == null || tags.isEmpty()) {
            throw new DomainRuleViolation("activity", "Say in which languages it is given (e.g. en, es).");
        }
        Set<String> result = new LinkedHashSet<>();
        for (String tag : tags) {
            result.add(LanguageCode.of(tag).tag());
        }
        return result;
    }

    static Set<String> tags(Set<String> values) {
        Set<String> result = new LinkedHashSet<>();
        if (values != null) {
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    if (v.strip().length() > 100) {
                        throw new DomainRuleViolation("activity", "A topic or audience has at most 100 characters.");
                    }
                    result.add(v.strip());
                }
            }
        }
        if (result.size() > 30) {
            throw new DomainRuleViolation("activity", "At most 30 topics or audiences.");
        }
        return result;
    }
}
