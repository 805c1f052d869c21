package org.alliancehub.domain.model.material;

/** The kinds of compliance-assistance products alliances publish. */
public enum MaterialType {
    FACT_SHEET,
    CASE_STUDY,
    POSTER,
    TOOLBOX_TALK,
    SAFETY_MANUAL,
    TRAINING_TOOL,
    VIDEO,
    BEST_PRACTICE,
    QUICK_CARD,
    INFOGRAPHIC,
    WEBINAR_RECORDING
}
