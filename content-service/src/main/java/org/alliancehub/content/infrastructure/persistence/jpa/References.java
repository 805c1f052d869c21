package org.alliancehub.content.infrastructure.persistence.jpa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

/** Counts what still points to a record, as words: "2 materials, 1 training". */
final class References {

    private final Map<String, String> countQueries = new LinkedHashMap<>();

    /** {@code countJpql} counts the referrers of {@code :id}; {@code plural} names them. */
    References count(String plural, String countJpql) {
        countQueries.put(plural, countJpql);
        return this;
    }

    Optional<String> of(EntityManager em, Object id) {
        List<String> found = new ArrayList<>();
        countQueries.forEach((plural, jpql) -> {
            long n = em.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult();
            if (n > 0) {
                found.add(n + " " + (n == 1 ? plural.replaceFirst("s$", "") : plural));
            }
        });
        return found.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", found));
    }
}
