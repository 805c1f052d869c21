package org.alliancehub.domain.model.outreach;

/** The activities the agency's annual evaluation of an alliance records, each with the people it reached. */
public enum OutreachKind {
    /** Products and messages sent to members and stakeholders: newsletters, mailings, social media, handouts. */
    DISSEMINATION,
    /** Speeches, presentations and exhibits at conferences and meetings. */
    SPEECH_OR_EXHIBIT,
    /** Training events the alliance's participants gave. */
    TRAINING_DELIVERED,
    /** Reviews of the agency's own materials by the participants. */
    AGENCY_MATERIAL_REVIEW
}
