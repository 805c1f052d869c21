package org.alliancehub.web.interfaces.site;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Absolute addresses of the portal's public pages, as crawlers, feed readers and shared links use
 * them: {@code /material?id=…&lang=…}, {@code /alliance?id=…&lang=…}, and so on. The base is the
 * configured public address of the portal when there is one (behind a reverse proxy the request
 * does not say how the public reaches it), else the request's own scheme, host, port and context.
 */
public final class PortalAddresses {

    /** The portal's interface languages: every page takes {@code lang=en|es}. */
    public static final Set<String> LANGUAGES = Set.of("en", "es");

    private final String base;

    private PortalAddresses(String base) {
        this.base = base;
    }

    /** Addresses under {@code base}, an absolute http(s) URL (a trailing slash is dropped). */
    public static PortalAddresses at(String base) {
        URI uri;
        try {
            uri = URI.create(base.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The portal's public address is not a URL: " + base, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("The portal's public address is an absolute http or https URL without "
                    + "query or fragment, e.g. https://outreach.example.org; not " + base);
        }
        String text = uri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return new PortalAddresses(text);
    }

    /** Addresses as this request reached the portal. */
    public static PortalAddresses of(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return at(scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath());
    }

    /** The portal's root, without a trailing slash. */
    public String base() {
        return base;
    }

    /** The home page in a language; null {@code lang}: the reader's browser chooses (x-default). */
    public String home(String lang) {
        return page("/", lang, Map.of());
    }

    /** A list page ({@code /alliances}, {@code /events}, …) in a language. */
    public String list(String path, String lang) {
        return page(path, lang, Map.of());
    }

    public String material(String id, String lang) {
        return page("/material", lang, Map.of("id", id));
    }

    public String alliance(String id, String lang) {
        return page("/alliance", lang, Map.of("id", id));
    }

    public String program(String code, String lang) {
        return page("/program", lang, Map.of("code", code));
    }

    public String event(String id, String lang) {
        return page("/event", lang, Map.of("id", id));
    }

    public String training(String id, String lang) {
        return page("/training", lang, Map.of("id", id));
    }

    public String sitemap() {
        return base + "/sitemap.xml";
    }

    /**
     * {@code path} with its parameters (in the order given, values encoded) and then {@code lang}
     * when given: the same page always has the same address.
     */
    public String page(String path, String lang, Map<String, String> parameters) {
        Map<String, String> query = new LinkedHashMap<>(parameters);
        if (lang != null) {
            query.put("lang", lang);
        }
        StringJoiner joined = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((name, value) -> joined.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return base + path + joined;
    }
}
