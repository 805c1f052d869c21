package org.alliancehub.web.infrastructure.client.workspace;

import java.util.List;

/** The values already used for a field of materials (topics, industries, audiences), most used first. */
public record Vocabulary(String field, List<Term> values) {

    public record Term(String value, int materials) {
    }

    public List<Term> values() {
        return values == null ? List.of() : values;
    }
}
