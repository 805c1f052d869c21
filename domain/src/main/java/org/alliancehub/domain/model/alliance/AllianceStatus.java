package org.alliancehub.domain.model.alliance;

public enum AllianceStatus {
    ACTIVE,
    CONCLUDED
}
