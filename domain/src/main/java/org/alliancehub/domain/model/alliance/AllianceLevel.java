package org.alliancehub.domain.model.alliance;

/** Where an alliance is signed: OSHA has national, regional and area office alliances; MSHA's are national. */
public enum AllianceLevel {
    NATIONAL,
    REGIONAL,
    AREA_OFFICE
}
