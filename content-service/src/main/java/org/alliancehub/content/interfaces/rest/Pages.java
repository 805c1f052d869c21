package org.alliancehub.content.interfaces.rest;

import java.util.List;

import org.alliancehub.content.application.Page;
import org.alliancehub.content.application.PageRequest;
import org.alliancehub.problem.Problem;

import jakarta.ws.rs.WebApplicationException;

/** Paging parameters in, paged JSON out. */
public final class Pages {

    /** The JSON shape of a page. */
    public record PageView<T>(List<T> items, int page, int size, long total) {
    }

    private Pages() {
    }

    static PageRequest request(Integer page, Integer size) {
        int p = page == null ? 1 : page;
        int s = size == null ? 20 : size;
        try {
            return new PageRequest(p, s);
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(Problem.invalidField(
                    e.getMessage().startsWith("size") ? "size" : "page", "Paging: " + e.getMessage() + ".").toResponse());
        }
    }

    static <T> PageView<T> view(Page<T> page) {
        return new PageView<>(page.items(), page.page(), page.size(), page.total());
    }
}
