package org.alliancehub.web.interfaces.feed;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.alliancehub.web.interfaces.site.PortalAddresses;

/**
 * Which materials a feed holds and in which language it speaks: {@code lang} (en or es, English when
 * not given) is the reader's language, the feed's own texts and the version each material is shown
 * in when it has one; {@code language} keeps only versions in that language (BCP 47),
 * {@code program} materials supporting that emphasis program (its code), {@code alliance} those of
 * that alliance (its id). Filters combine. Other parameters are ignored (feed readers and shared
 * links add their own); a known one given twice or malformed is refused.
 */
public record FeedRequest(String lang, String language, String program, String alliance) {

    static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");
    static final Pattern PROGRAM_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    static final Pattern ALLIANCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

    /** A parameter that was malformed; {@code parameter} names it. */
    public static class Invalid extends RuntimeException {
        private final String parameter;

        Invalid(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    /** Reads a request's parameters ({@code ServletRequest.getParameterMap()}). */
    public static FeedRequest from(Map<String, String[]> parameters) {
        String lang = single(parameters, "lang");
        if (lang == null) {
            lang = "en";
        } else {
            lang = lang.toLowerCase(Locale.ROOT);
            if (!PortalAddresses.LANGUAGES.contains(lang)) {
                throw new Invalid("lang", "lang is en or es.");
            }
        }
        String language = matching(parameters, "language", LANGUAGE_TAG, "a language tag such as es or pt-BR");
        String program = matching(parameters, "program", PROGRAM_CODE, "an emphasis program's code");
        String alliance = matching(parameters, "alliance", ALLIANCE_ID, "an alliance's id");
        return new FeedRequest(lang, language == null ? null : language.toLowerCase(Locale.ROOT), program, alliance);
    }

    /** The parameters that make this feed, in one order: its address is always the same. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (language != null) {
            parameters.put("language", language);
        }
        if (program != null) {
            parameters.put("program", program);
        }
        if (alliance != null) {
            parameters.put("alliance", alliance);
        }
        return parameters;
    }

    private static String matching(Map<String, String[]> parameters, String name, Pattern pattern, String what) {
        String value = single(parameters, name);
        if (value != null && !pattern.matcher(value).matches()) {
            throw new Invalid(name, name + " is " + what + ".");
        }
        return value;
    }

    /** The one value of a parameter, stripped; null when absent or blank. */
    private static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw new Invalid(name, name + " is given once.");
        }
        String value = values[0].strip();
        return value.isEmpty() ? null : value;
    }
}
