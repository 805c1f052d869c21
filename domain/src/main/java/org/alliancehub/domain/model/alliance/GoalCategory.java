package org.alliancehub.domain.model.alliance;

import java.util.EnumSet;
import java.util.Set;

/** The goal categories of each agency's Alliance Program. */
public enum GoalCategory {
    /** OSHA: raising awareness of rulemaking and enforcement initiatives. */
    RULEMAKING_AND_ENFORCEMENT_AWARENESS(EnumSet.of(Agency.OSHA)),
    OUTREACH_AND_COMMUNICATION(EnumSet.of(Agency.OSHA, Agency.MSHA)),
    TRAINING_AND_EDUCATION(EnumSet.of(Agency.OSHA, Agency.MSHA)),
    /** MSHA only. */
    TECHNICAL_ASSISTANCE(EnumSet.of(Agency.MSHA)),
    /** MSHA only: promoting the national dialogue on mine safety and health. */
    NATIONAL_DIALOGUE(EnumSet.of(Agency.MSHA));

    private final Set<Agency> agencies;

    GoalCategory(Set<Agency> agencies) {
        this.agencies = agencies;
    }

    public boolean belongsTo(Agency agency) {
        return agencies.contains(agency);
    }
}
