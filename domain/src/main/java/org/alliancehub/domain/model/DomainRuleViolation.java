package org.alliancehub.domain.model;

/**
 * A domain rule refused a change. The message is written for the person who asked for it,
 * so interfaces can show it as is.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String rule;

    public DomainRuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** A short stable name of the rule, e.g. {@code material-lifecycle}. */
    public String rule() {
        return rule;
    }
}
