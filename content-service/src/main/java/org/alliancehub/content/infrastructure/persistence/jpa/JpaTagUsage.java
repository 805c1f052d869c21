package org.alliancehub.content.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.alliancehub.content.application.TagUsage;
import org.alliancehub.content.application.Vocabulary;
import org.alliancehub.content.application.Vocabulary.Kind;
import org.alliancehub.domain.model.activity.PublicationState;
import org.alliancehub.domain.model.material.MaterialState;

/**
 * Tag counts in one PostgreSQL query over the tag tables (material_topic, training_topic, …):
 * filtered, grouped by the folded value and ordered there, so only the answer leaves the database.
 */
@ApplicationScoped
public class JpaTagUsage implements TagUsage {

    /**
     * Accented Latin letters and their plain ones, for PostgreSQL's translate(): folding in SQL needs
     * no extension (unaccent is not everywhere); the query text is folded with the same table here.
     */
    static final String ACCENTED = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ";
    static final String PLAIN = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyy";

    static {
        if (ACCENTED.length() != PLAIN.length()) {
            throw new IllegalStateException("ACCENTED and PLAIN pair letter by letter");
        }
    }

    /** Where each kind is used: tag table, its column, the item's table and the key to it, and the item's public state. */
    private record Source(String tagTable, String column, String itemTable, String itemKey, String publicState) {
    }

    private static final Source MATERIAL_TOPICS = new Source("material_topic", "topic", "material", "material_id", MaterialState.PUBLISHED.name());
    private static final Source TRAINING_TOPICS = new Source("training_topic", "topic", "training_program", "training_id",
            PublicationState.PUBLISHED.name());
    private static final Map<Kind, List<Source>> SOURCES = Map.of(
            Kind.TOPICS, List.of(MATERIAL_TOPICS, TRAINING_TOPICS),
            Kind.INDUSTRIES, List.of(new Source("material_industry", "industry", "material", "material_id", MaterialState.PUBLISHED.name())),
            Kind.AUDIENCES, List.of(new Source("material_audience", "audience", "material", "material_id", MaterialState.PUBLISHED.name()),
                    new Source("training_audience", "audience", "training_program", "training_id", PublicationState.PUBLISHED.name())));

    @PersistenceContext(unitName = "content")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<Vocabulary.Term> mostUsed(Kind kind, String query, Scope scope, int limit) {
        String folded = fold(query);
        List<Object[]> rows = em.createNativeQuery(sql(kind))
                .setParameter(1, scope.everything())
                .setParameter(2, String.join(",", scope.organizationIds()))
                .setParameter(3, LikePattern.containing(folded))
                .setParameter(4, LikePattern.startingWith(folded))
                .setParameter(5, limit)
                .getResultList();
        return rows.stream().map(row -> new Vocabulary.Term((String) row[0], ((Number) row[1]).longValue())).toList();
    }

    /**
     * Only names from the table above and bound parameters: ?1 everything, ?2 the caller's
     * organizations (comma-separated ids), ?3 contains, ?4 starts with, ?5 limit.
     */
    static String sql(Kind kind) {
        StringBuilder used = new StringBuilder();
        for (Source s : SOURCES.get(kind)) {
            if (!used.isEmpty()) {
                used.append(" UNION ALL ");
            }
            used.append("SELECT t.").append(s.column()).append(" AS tag FROM ").append(s.tagTable()).append(" t JOIN ")
                    .append(s.itemTable()).append(" i ON i.id = t.").append(s.itemKey())
                    .append(" WHERE ?1 OR i.state = '").append(s.publicState()).append("'")
                    .append(" OR i.alliance_id IN (SELECT p.alliance_id FROM alliance_participant p")
                    .append(" WHERE p.organization_id = ANY (string_to_array(?2, ',')))");
        }
        return "SELECT MODE() WITHIN GROUP (ORDER BY tag) AS tag, COUNT(*) AS uses, MIN(grp) AS grp"
                + " FROM (SELECT tag, folded, CASE WHEN folded LIKE ?4 THEN 0 ELSE 1 END AS grp"
                + " FROM (SELECT tag, lower(translate(tag, '" + ACCENTED + "', '" + PLAIN + "')) AS folded"
                + " FROM (" + used + ") used) f WHERE folded LIKE ?3) matching"
                + " GROUP BY folded ORDER BY grp, uses DESC, tag LIMIT ?5";
    }

    /** As the query folds the stored values: accents off, lower case. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.strip().toCharArray()) {
            int accented = ACCENTED.indexOf(c);
            plain.append(accented < 0 ? c : PLAIN.charAt(accented));
        }
        return plain.toString().toLowerCase(Locale.ROOT);
    }
}
