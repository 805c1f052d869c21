package org.alliancehub.content.application;

import org.alliancehub.problem.Paging;

/**
 * A 1-based page of a listing, within the one paging rule of every service ({@link Paging}: at most
 * {@value Paging#MAX_SIZE} items a page, no deeper than {@value Paging#MAX_DEPTH} items).
 */
public record PageRequest(int page, int size) {

    public PageRequest {
        new Paging(page, size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
