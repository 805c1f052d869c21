package org.alliancehub.web.interfaces.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;

/**
 * The page language: {@code ?lang=es} or {@code ?lang=en} when given, otherwise the remembered choice,
 * otherwise the browser's preference among the portal's languages ({@code Accept-Language}), otherwise
 * English. A choice is remembered in a cookie of its own (never a session) when it differs from what
 * the reader would get without it, so most pages set no cookie at all.
 */
@Named
@RequestScoped
public class LocaleSelection {

    static final Set<String> SUPPORTED = Set.of("en", "es");
    /** The cookie that remembers the reader's choice: a language tag and nothing else. */
    static final String COOKIE = "lang";
    static final int COOKIE_DAYS = 365;
    /** Parameters that identify what a page shows, kept by the language switch. */
    static final String[] KEPT = {"q", "id", "code", "type", "topic", "industry", "audience", "program", "alliance", "agency",
            "published", "language", "sort", "page", "kind", "month", "view", "level", "status", "when", "from",
            "event", "training", "organization", "material", "version", "link"};

    private Locale locale;
    private PortalMessages messages;

    public Locale getLocale() {
        if (locale == null) {
            locale = resolve(FacesContext.getCurrentInstance());
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** The other portal language, for the language switch. */
    public String getOtherLanguage() {
        return "es".equals(getLanguage()) ? "en" : "es";
    }

    /** The same page in the other language: keeps what the page shows, switches {@code lang}. */
    public String getSwitchHref() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        StringBuilder href = new StringBuilder("?lang=").append(getOtherLanguage());
        for (String kept : KEPT) {
            String value = parameters.get(kept);
            if (value != null && !value.isBlank()) {
                href.append('&').append(kept).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return href.toString();
    }

    /** Labels and formats in the page language. */
    public PortalMessages getMessages() {
        if (messages == null) {
            messages = PortalMessages.of(getLocale());
        }
        return messages;
    }

    /** A language's name in the page language: "es" is "Spanish" in English and "Español" in Spanish. */
    public String languageName(String tag) {
        return getMessages().languageName(tag);
    }

    /** A label with arguments, for attributes {@code h:outputFormat} cannot fill (aria-label, title). */
    public String format(String key, Object argument) {
        return getMessages().format(key, argument);
    }

    static Locale resolve(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        Object cookie = external.getRequestCookieMap().get(COOKIE);
        String remembered = cookie instanceof Cookie c ? supported(c.getValue()) : null;
        String preferred = preferred(external);
        String requested = supported(external.getRequestParameterMap().get("lang"));
        if (requested != null) {
            // remembered only when it differs from what the reader would get anyway: most pages set no cookie
            if (!requested.equals(remembered != null ? remembered : preferred)) {
                remember(external, requested);
            }
            return Locale.forLanguageTag(requested);
        }
        return Locale.forLanguageTag(remembered != null ? remembered : preferred);
    }

    /** The browser's preference among the portal's languages ({@code Accept-Language}), else English. */
    private static String preferred(ExternalContext external) {
        var preferred = external.getRequestLocales();
        while (preferred.hasNext()) {
            Locale candidate = preferred.next();
            if (SUPPORTED.contains(candidate.getLanguage())) {
                return candidate.getLanguage();
            }
        }
        return "en";
    }

    /** Whether the portal's pages are written in this language (en, es). */
    public static boolean isPortalLanguage(String tag) {
        return supported(tag) != null;
    }

    private static String supported(String tag) {
        if (tag == null) {
            return null;
        }
        String language = tag.strip().toLowerCase(Locale.ROOT);
        return SUPPORTED.contains(language) ? language : null;
    }

    /** A page that sets no cookie stays cacheable by shared caches: so only a change of choice sets one. */
    private static void remember(ExternalContext external, String language) {
        if (external.isResponseCommitted()) {
            return;
        }
        external.addResponseCookie(COOKIE, language, Map.of("maxAge", COOKIE_DAYS * 24 * 3600, "path",
                external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath(),
                "httpOnly", true, "SameSite", "Lax", "secure", "https".equals(external.getRequestScheme())));
    }
}
