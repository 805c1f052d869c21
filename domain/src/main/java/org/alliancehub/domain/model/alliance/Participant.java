package org.alliancehub.domain.model.alliance;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.alliancehub.domain.model.DomainRuleViolation;

/** An organization taking part in an alliance, as named in the agreement. */
@Embeddable
public class Participant {

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "organization_type", nullable = false, length = 40)
    private OrganizationType type;

    protected Participant() {
        // for JPA
    }

    public Participant(String name, OrganizationType type) {
        if (name == null || name.isBlank()) {
            throw new DomainRuleViolation("participant", "A participant needs a name.");
        }
        if (name.length() > 300) {
            throw new DomainRuleViolation("participant", "A participant's name has at most 300 characters.");
        }
        if (type == null) {
            throw new DomainRuleViolation("participant", "A participant needs an organization type.");
        }
        this.name = name.strip();
        this.type = type;
    }

    public String name() {
        return name;
    }

    public OrganizationType type() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Participant other && other.name.equals(name) && other.type == type;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type);
    }
}
