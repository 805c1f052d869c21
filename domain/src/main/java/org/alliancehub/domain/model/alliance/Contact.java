package org.alliancehub.domain.model.alliance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.alliancehub.domain.model.DomainRuleViolation;

/**
 * A person named in an alliance: a signatory, the agency coordinator (point of contact), or a
 * member of the implementation team. {@code agencyRepresentative} tells the agency's people from
 * the participants'.
 */
@Embeddable
public class Contact {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "title", length = 200)
    private String title;

    @Column(name = "affiliation", length = 300)
    private String affiliation;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "agency_representative", nullable = false)
    private boolean agencyRepresentative;

    protected Contact() {
        // for JPA
    }

    public Contact(String name, String title, String affiliation, String email, boolean agencyRepresentative) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new DomainRuleViolation("alliance-contact", "A person needs a name of at most 200 characters.");
        }
        if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]{1,64}@[^@\\s]{1,189}")) {
            throw new DomainRuleViolation("alliance-contact", "'" + email + "' is not an email address.");
        }
        this.name = name.strip();
        this.title = blankToNull(title);
        this.affiliation = blankToNull(affiliation);
        this.email = blankToNull(email);
        this.agencyRepresentative = agencyRepresentative;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public String affiliation() {
        return affiliation;
    }

    public String email() {
        return email;
    }

    public boolean agencyRepresentative() {
        return agencyRepresentative;
    }
}
