package org.alliancehub.domain.model.organization;

/** The kinds of organizations that take part in alliances. */
public enum OrganizationType {
    TRADE_ASSOCIATION,
    UNION,
    PROFESSIONAL_SOCIETY,
    BUSINESS,
    CONSULATE,
    FAITH_OR_COMMUNITY_BASED,
    EDUCATIONAL_INSTITUTION,
    GOVERNMENT_AGENCY;

    /** Employers and employer groups: an alliance that includes one must include worker representation. */
    public boolean isEmployerOrEmployerGroup() {
        return this == TRADE_ASSOCIATION || this == BUSINESS;
    }

    public boolean representsWorkers() {
        return this == UNION;
    }
}
