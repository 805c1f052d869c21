package org.alliancehub.content.infrastructure.persistence.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

/** Counts what still points to a record, as words: "2 materials, 1 training". */
final class References {

    private record Referrers(String singular, String plural, String countJpql) {
    }

    private final List<Referrers> referrers = new ArrayList<>();

    /** {@code countJpql} counts the referrers of {@code :id}; {@code plural} names them, one without its "s". */
    References count(String plural, String countJpql) {
        return count(plural.replaceFirst("s$", ""), plural, countJpql);
    }

    /** For names whose singular is not the plural without its "s" ("1 outreach activity"). */
    References count(String singular, String plural, String countJpql) {
        referrers.add(new Referrers(singular, plural, countJpql));
        return this;
    }

    Optional<String> of(EntityManager em, Object id) {
        List<String> found = new ArrayList<>();
        referrers.forEach(r -> {
            long n = em.createQuery(r.countJpql(), Long.class).setParameter("id", id).getSingleResult();
            if (n > 0) {
                found.add(n + " " + (n == 1 ? r.singular() : r.plural()));
            }
        });
        return found.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", found));
    }
}
