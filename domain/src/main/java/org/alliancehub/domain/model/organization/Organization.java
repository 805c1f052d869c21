package org.alliancehub.domain.model.organization;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.alliancehub.domain.model.DomainRuleViolation;

/**
 * An organization that takes part in alliances: a trade association, a union, a consulate, a school.
 * Partner accounts act on behalf of organizations.
 */
@Entity
@Table(name = "organization")
public class Organization {

    static final int MAX_NAME = 300;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OrganizationType type;

    @Column(length = 2000)
    private String website;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Organization() {
        // for JPA
    }

    public Organization(String name, OrganizationType type, String website) {
        this.id = UUID.randomUUID().toString();
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        describe(name, type, website);
    }

    public final void describe(String newName, OrganizationType newType, String newWebsite) {
        if (newName == null || newName.isBlank()) {
            throw new DomainRuleViolation("organization", "An organization needs a name.");
        }
        if (newName.strip().length() > MAX_NAME) {
            throw new DomainRuleViolation("organization", "An organization's name has at most " + MAX_NAME + " characters.");
        }
        if (newType == null) {
            throw new DomainRuleViolation("organization", "An organization needs a type.");
        }
        if (newWebsite != null && !newWebsite.isBlank() && !newWebsite.strip().matches("(?i)https?://\\S{1,1990}")) {
            throw new DomainRuleViolation("organization", "A website is an http or https address.");
        }
        this.name = newName.strip();
        this.type = newType;
        this.website = newWebsite == null || newWebsite.isBlank() ? null : newWebsite.strip();
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganizationType type() {
        return type;
    }

    public String website() {
        return website;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Organization other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
