package org.alliancehub.domain.model.alliance;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One term of an alliance agreement: the initial two years, or a renewal. */
@Embeddable
public class AgreementTerm {

    public enum Kind { INITIAL, RENEWAL }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Kind kind;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    protected AgreementTerm() {
        // for JPA
    }

    AgreementTerm(Kind kind, LocalDate startsOn, LocalDate endsOn) {
        this.kind = kind;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public boolean completedBy(LocalDate day) {
        return !endsOn.isAfter(day);
    }
}
