package org.alliancehub.domain.model.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.organization.Organization;

/**
 * Someone who signs in: a partner acting for organizations, a curator, or an admin. Only a
 * password hash is kept; hashing is the application's business.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "display_name", length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "account_organization", joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    private Set<Organization> organizations = new LinkedHashSet<>();

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /**
     * Counts the password's changes. Tokens carry the count they were issued under; one issued
     * before the latest change no longer counts, so a password change signs out every old token.
     */
    @Column(name = "credential_version", nullable = false)
    private int credentialVersion;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String username, String passwordHash, String displayName, Role role, Set<Organization> organizations) {
        this.id = UUID.randomUUID().toString();
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.username = normalizedUsername(username);
        this.passwordHash = requiredHash(passwordHash);
        change(displayName, role, organizations, true);
    }

    /** Usernames compare without case: "Ana.Lopez" and "ana.lopez" are the same account. */
    public static String normalizedUsername(String username) {
        if (username == null || !username.strip().matches("[A-Za-z0-9._@-]{3,100}")) {
            throw new DomainRuleViolation("account",
                    "A username has 3 to 100 letters, digits, dots, dashes, underscores or @.");
        }
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** A new password; the tokens issued under the old one stop counting ({@link #credentialVersion()}). */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = requiredHash(newPasswordHash);
        this.credentialVersion++;
    }

    private static String requiredHash(String hash) {
        if (hash == null || hash.isBlank()) {
            throw new DomainRuleViolation("account", "An account needs a password.");
        }
        return hash;
    }

    /** Whether a token issued under {@code tokenCredentialVersion} still counts: none issued before the latest password change does. */
    public boolean acceptsTokenOf(int tokenCredentialVersion) {
        return tokenCredentialVersion == credentialVersion;
    }

    /** Partners act for at least one organization; staff accounts for none. */
    public void change(String newDisplayName, Role newRole, Set<Organization> newOrganizations, boolean nowActive) {
        if (newRole == null) {
            throw new DomainRuleViolation("account", "An account needs a role.");
        }
        Set<Organization> orgs = newOrganizations == null ? Set.of() : newOrganizations;
        if (newRole == Role.PARTNER && orgs.isEmpty()) {
            throw new DomainRuleViolation("account", "A partner account acts for at least one organization.");
        }
        if (newRole != Role.PARTNER && !orgs.isEmpty()) {
            throw new DomainRuleViolation("account", "Only partner accounts act for organizations.");
        }
        if (newDisplayName != null && newDisplayName.length() > 200) {
            throw new DomainRuleViolation("account", "A display name has at most 200 characters.");
        }
        this.displayName = newDisplayName == null || newDisplayName.isBlank() ? null : newDisplayName.strip();
        this.role = newRole;
        this.organizations = new LinkedHashSet<>(orgs);
        this.active = nowActive;
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Set<Organization> organizations() {
        return Set.copyOf(organizations);
    }

    public boolean active() {
        return active;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public int credentialVersion() {
        return credentialVersion;
    }

    public long version() {
        return version;
    }
}
