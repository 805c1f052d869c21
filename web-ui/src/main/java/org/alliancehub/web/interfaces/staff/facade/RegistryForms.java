package org.alliancehub.web.interfaces.staff.facade;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The registry's forms as the content service's request bodies: blanks left out, text trimmed. */
public final class RegistryForms {

    /** The organization types the content service knows, in the order the form offers them. */
    public static final List<String> ORGANIZATION_TYPES = List.of("TRADE_ASSOCIATION", "UNION", "PROFESSIONAL_SOCIETY", "BUSINESS",
            "CONSULATE", "FAITH_OR_COMMUNITY_BASED", "EDUCATIONAL_INSTITUTION", "GOVERNMENT_AGENCY");

    public static final List<String> ROLES = List.of("PARTNER", "CURATOR", "ADMIN");

    private static final SecureRandom RANDOM = new SecureRandom();

    private RegistryForms() {
    }

    public static JsonObject organization(String name, String type, String website) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        put(body, "name", name);
        put(body, "type", type);
        put(body, "website", website);
        return body.build();
    }

    /**
     * An account; {@code initialPassword} only when one is set (an update without it keeps the old
     * one), the organizations only for a partner (staff act for no organization).
     */
    public static JsonObject account(String username, String displayName, String role, List<String> organizationIds,
                                     boolean active, String initialPassword) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        put(body, "username", username);
        put(body, "displayName", displayName);
        put(body, "role", role);
        put(body, "password", initialPassword);
        var organizations = Json.createArrayBuilder();
        if ("PARTNER".equals(role) && organizationIds != null) {
            organizationIds.stream().filter(id -> id != null && !id.isBlank()).distinct().forEach(organizations::add);
        }
        body.add("organizationIds", organizations);
        body.add("active", active);
        return body.build();
    }

    /** A password shown once to the admin, who passes it on; the account holder changes it after signing in. */
    public static String initialPassword() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** An emphasis program; its code is the one sent on an update too (the service refuses a change of it). */
    public static JsonObject program(String code, String agency, String scope, String nameEnglish, String nameSpanish,
                                     LocalDate startsOn, LocalDate endsOn) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        put(body, "code", code);
        put(body, "agency", agency);
        put(body, "scope", scope);
        put(body, "nameEnglish", nameEnglish);
        put(body, "nameSpanish", nameSpanish);
        put(body, "startsOn", startsOn == null ? null : startsOn.toString());
        put(body, "endsOn", endsOn == null ? null : endsOn.toString());
        return body.build();
    }

    /**
     * A step in the alliance's terms: {@code renew} for {@code years} from the end of the current
     * term, {@code conclude} on a day, or {@code promote-to-ambassador}; the service refuses a step
     * its state does not allow.
     */
    public static JsonObject term(String action, Integer years, LocalDate on) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        put(body, "action", action);
        if ("renew".equals(action) && years != null) {
            body.add("years", years);
        }
        if ("conclude".equals(action) && on != null) {
            body.add("on", on.toString());
        }
        return body.build();
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static void put(JsonObjectBuilder body, String name, String value) {
        if (!isBlank(value)) {
            body.add(name, value.strip());
        }
    }
}
