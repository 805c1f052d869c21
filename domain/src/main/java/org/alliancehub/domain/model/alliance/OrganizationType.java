package org.alliancehub.domain.model.alliance;

/** The kinds of organizations that take part in alliances. */
public enum OrganizationType {
    TRADE_ASSOCIATION,
    UNION,
    PROFESSIONAL_SOCIETY,
    BUSINESS,
    CONSULATE,
    FAITH_OR_COMMUNITY_BASED,
    EDUCATIONAL_INSTITUTION,
    GOVERNMENT_AGENCY
}
