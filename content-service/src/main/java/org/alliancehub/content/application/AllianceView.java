package org.alliancehub.content.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.alliancehub.domain.model.alliance.Alliance;

/** The public representation of an alliance. */
public record AllianceView(String id, String name, String agency, String level, String regionOrOffice, String status,
                           LocalDate signedOn, List<ParticipantView> participants, OffsetDateTime createdAt,
                           long version) {

    public record ParticipantView(String name, String type) {
    }

    public static AllianceView of(Alliance alliance) {
        return new AllianceView(alliance.id(), alliance.name(), alliance.agency().name(), alliance.level().name(),
                alliance.regionOrOffice(), alliance.status().name(), alliance.signedOn(),
                alliance.participants().stream().map(p -> new ParticipantView(p.name(), p.type().name())).toList(),
                alliance.createdAt(), alliance.version());
    }
}
