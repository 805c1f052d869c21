package org.alliancehub.web.infrastructure.client.workspace;

import java.util.List;

/**
 * The values already in use for a kind of tag ({@code topics}, {@code industries}, {@code audiences})
 * as {@code GET /content/api/vocabulary/{kind}} answers: those starting with what was typed first,
 * then those containing it, each most used first.
 */
public record Vocabulary(String kind, List<Term> values) {

    public record Term(String value, int count) {
    }

    public List<Term> values() {
        return values == null ? List.of() : values;
    }
}
