package org.alliancehub.contracts.content;

/**
 * A participant organization ({@code GET /content/api/organizations/{id}}, and each participant of an
 * alliance): its name, type (UNION, TRADE_ASSOCIATION, CONSULATE, ...) and website. Taking part in an
 * alliance is no endorsement by the agencies.
 */
public record OrganizationView(String contract, String id, String name, String type, String website, long version) {
}
