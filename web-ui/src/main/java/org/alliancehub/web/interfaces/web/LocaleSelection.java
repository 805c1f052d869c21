package org.alliancehub.web.interfaces.web;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The page language: {@code ?lang=es} or {@code ?lang=en} when given, otherwise the browser's
 * preference among the portal's languages, otherwise English. No session is needed to read the portal.
 */
@Named
@RequestScoped
public class LocaleSelection {

    static final Set<String> SUPPORTED = Set.of("en", "es");

    private Locale locale;

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

    /** The same page in the other language: keeps the search words and the material shown, switches {@code lang}. */
    public String getSwitchHref() {
        var faces = FacesContext.getCurrentInstance().getExternalContext();
        String href = "?lang=" + getOtherLanguage();
        for (String kept : new String[] {"q", "id"}) {
            String value = faces.getRequestParameterMap().get(kept);
            if (value != null && !value.isBlank()) {
                href += "&" + kept + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return href;
    }

    /** A language's name in the page language: "es" is "Spanish" in English and "español" in Spanish. */
    public String languageName(String tag) {
        if (tag == null || tag.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(tag).getDisplayName(getLocale());
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(getLocale()) + name.substring(1);
    }

    static Locale resolve(FacesContext faces) {
        String requested = faces.getExternalContext().getRequestParameterMap().get("lang");
        if (requested != null && SUPPORTED.contains(requested.strip().toLowerCase(Locale.ROOT))) {
            return Locale.forLanguageTag(requested.strip().toLowerCase(Locale.ROOT));
        }
        var preferred = faces.getExternalContext().getRequestLocales();
        while (preferred.hasNext()) {
            Locale candidate = preferred.next();
            if (SUPPORTED.contains(candidate.getLanguage())) {
                return Locale.forLanguageTag(candidate.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }
}
