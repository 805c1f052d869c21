package org.alliancehub.web.interfaces.alliance.facade;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The directory's filters from its address ({@code /alliances?agency=OSHA&level=NATIONAL&status=ACTIVE&page=2});
 * a value that is not one of the known ones is dropped, so a mistyped bookmark still lists alliances.
 */
public record AllianceFilter(String agency, String level, String status, int page, String language) {

    public static final Set<String> AGENCIES = Set.of("OSHA", "MSHA");
    public static final Set<String> LEVELS = Set.of("NATIONAL", "REGIONAL");
    public static final Set<String> STATUSES = Set.of("ACTIVE", "CONCLUDED");
    static final int MAX_PAGE = 500;

    public static AllianceFilter from(Map<String, String> parameters, String language) {
        int page;
        try {
            page = Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(parameters.getOrDefault("page", "1").strip())));
        } catch (NumberFormatException e) {
            page = 1;
        }
        return new AllianceFilter(known(parameters.get("agency"), AGENCIES), known(parameters.get("level"), LEVELS),
                known(parameters.get("status"), STATUSES), page, language);
    }

    private static String known(String value, Set<String> known) {
        if (value == null) {
            return null;
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        return known.contains(upper) ? upper : null;
    }

    public AllianceFilter atPage(int other) {
        return new AllianceFilter(agency, level, status, other, language);
    }

    /** The query string of this directory page, for links. */
    public String queryString() {
        StringBuilder query = new StringBuilder("?lang=").append(URLEncoder.encode(language, StandardCharsets.UTF_8));
        if (agency != null) {
            query.append("&agency=").append(agency);
        }
        if (level != null) {
            query.append("&level=").append(level);
        }
        if (status != null) {
            query.append("&status=").append(status);
        }
        if (page > 1) {
            query.append("&page=").append(page);
        }
        return query.toString();
    }
}
