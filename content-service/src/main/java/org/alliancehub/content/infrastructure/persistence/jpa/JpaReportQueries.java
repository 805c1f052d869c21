package org.alliancehub.content.infrastructure.persistence.jpa;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.alliancehub.content.application.ReportQueries;

/**
 * The reports' counts in PostgreSQL: one query per figure set, counted and grouped there. Periods
 * are bound once, as text cast in SQL (a bound OffsetDateTime's zone is the driver's guess), and
 * joined in through a one-row {@code period} so that each parameter appears once.
 */
@ApplicationScoped
public class JpaReportQueries implements ReportQueries {

    /** English first, then Spanish, then the rest: the title a report shows for a material. */
    private static final String TITLE = "(SELECT v.title FROM language_version v WHERE v.material_id = m.id"
            + " ORDER BY CASE WHEN v.language = 'en' THEN 0 WHEN v.language = 'es' THEN 1 ELSE 2 END, v.language LIMIT 1)";

    private static final String HAS = "EXISTS (SELECT 1 FROM language_version v WHERE v.material_id = m.id"
            + " AND (v.language = '%1$s' OR v.language LIKE '%1$s-%%'))";

    private static final String GAPS = "SELECT * FROM (SELECT m.id, " + TITLE + " AS title, a.id AS alliance_id, a.name,"
            + " " + HAS.formatted("es") + " AS has_es, " + HAS.formatted("en") + " AS has_en,"
            + " (SELECT string_agg(v.language, ',' ORDER BY v.language) FROM language_version v"
            + " WHERE v.material_id = m.id AND v.translation_outdated) AS outdated,"
            + " (SELECT string_agg(p.program_code, ',' ORDER BY p.program_code) FROM material_emphasis_program p"
            + " WHERE p.material_id = m.id) AS programs"
            + " FROM material m JOIN alliance a ON a.id = m.alliance_id WHERE m.state = 'PUBLISHED') g"
            + " WHERE NOT g.has_es OR NOT g.has_en OR g.outdated IS NOT NULL ORDER BY g.name, g.alliance_id, g.title, g.id";

    private static final String PERIOD = "(SELECT CAST(?1 AS TIMESTAMPTZ) AS starts, CAST(?2 AS TIMESTAMPTZ) AS ends) period";

    /** When each material was first published, and first submitted. */
    private static final String FIRSTS = "(SELECT m.id, m.alliance_id, m.state,"
            + " (SELECT MIN(t.at) FROM material_transition t WHERE t.material_id = m.id AND t.to_state = 'PUBLISHED') AS published,"
            + " (SELECT MIN(t.at) FROM material_transition t WHERE t.material_id = m.id AND t.to_state = 'SUBMITTED') AS submitted"
            + " FROM material m) f";

    /**
     * A material counts as updated in the period when it was published there again, after its first
     * publication: a published material is edited only by reopening it as a draft for a periodic update.
     */
    private static final String ALLIANCES = "SELECT a.id, a.name, a.agency, a.level,"
            + " (SELECT COUNT(*) FROM " + FIRSTS + " WHERE f.alliance_id = a.id"
            + " AND f.published >= period.starts AND f.published < period.ends) AS published,"
            + " (SELECT COUNT(*) FROM " + FIRSTS + " WHERE f.alliance_id = a.id AND f.published IS NOT NULL"
            + " AND EXISTS (SELECT 1 FROM material_transition t WHERE t.material_id = f.id AND t.to_state = 'PUBLISHED'"
            + " AND t.at > f.published AND t.at >= period.starts AND t.at < period.ends)) AS updated,"
            + " (SELECT COUNT(*) FROM training_program tp WHERE tp.alliance_id = a.id AND tp.state = 'PUBLISHED'"
            + " AND EXISTS (SELECT 1 FROM (SELECT MIN(t.at) AS at FROM training_transition t"
            + " WHERE t.training_id = tp.id AND t.to_state = 'PUBLISHED') first"
            + " WHERE first.at >= period.starts AND first.at < period.ends)) AS trainings,"
            + " (SELECT COUNT(*) FROM seminar s WHERE s.alliance_id = a.id AND s.state = 'PUBLISHED'"
            + " AND s.starts_at >= period.starts AND s.starts_at < period.ends) AS events"
            + " FROM alliance a CROSS JOIN " + PERIOD + " ORDER BY a.name, a.id";

    private static final String OUTREACH = "SELECT o.alliance_id, o.kind, COUNT(*), COALESCE(SUM(o.people_reached), 0)"
            + " FROM outreach_activity o WHERE o.activity_date BETWEEN CAST(?1 AS DATE) AND CAST(?2 AS DATE)"
            + " GROUP BY o.alliance_id, o.kind";

    private static final String FIRST_PUBLISHED = "SELECT f.id, a.agency, to_char(f.published AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'),"
            + " EXTRACT(EPOCH FROM (f.published - f.submitted))"
            + " FROM " + FIRSTS + " JOIN alliance a ON a.id = f.alliance_id CROSS JOIN " + PERIOD
            + " WHERE f.published >= period.starts AND f.published < period.ends ORDER BY f.published";

    private static final String LANGUAGES = "SELECT v.language, COUNT(*) FROM " + FIRSTS
            + " JOIN language_version v ON v.material_id = f.id CROSS JOIN " + PERIOD
            + " WHERE f.state = 'PUBLISHED' AND f.published >= period.starts AND f.published < period.ends"
            + " GROUP BY v.language ORDER BY COUNT(*) DESC, v.language";

    @PersistenceContext(unitName = "content")
    EntityManager em;

    @Override
    public List<GapRow> publishedWithGaps() {
        return rows(em.createNativeQuery(GAPS).getResultList()).stream()
                .map(r -> new GapRow(text(r[0]), text(r[1]), text(r[2]), text(r[3]), flag(r[4]), flag(r[5]), list(r[6]), list(r[7])))
                .toList();
    }

    @Override
    public List<ProgramName> programs() {
        return rows(em.createNativeQuery("SELECT code, name_en, name_es FROM emphasis_program ORDER BY agency, code").getResultList())
                .stream().map(r -> new ProgramName(text(r[0]), text(r[1]), text(r[2]))).toList();
    }

    @Override
    public List<AllianceRow> alliances(OffsetDateTime from, OffsetDateTime until) {
        return rows(em.createNativeQuery(ALLIANCES).setParameter(1, instant(from)).setParameter(2, instant(until)).getResultList())
                .stream().map(r -> new AllianceRow(text(r[0]), text(r[1]), text(r[2]), text(r[3]), number(r[4]), number(r[5]),
                        number(r[6]), number(r[7]))).toList();
    }

    @Override
    public List<OutreachRow> outreach(LocalDate first, LocalDate last) {
        return rows(em.createNativeQuery(OUTREACH).setParameter(1, first.toString()).setParameter(2, last.toString()).getResultList())
                .stream().map(r -> new OutreachRow(text(r[0]), text(r[1]), number(r[2]), number(r[3]))).toList();
    }

    @Override
    public List<PublishedRow> firstPublished(OffsetDateTime from, OffsetDateTime until) {
        return rows(em.createNativeQuery(FIRST_PUBLISHED).setParameter(1, instant(from)).setParameter(2, instant(until)).getResultList())
                .stream().map(r -> new PublishedRow(text(r[0]), text(r[1]), OffsetDateTime.parse(text(r[2])),
                        r[3] == null ? null : ((Number) r[3]).doubleValue())).toList();
    }

    @Override
    public List<LanguageCount> languagesOfFirstPublished(OffsetDateTime from, OffsetDateTime until) {
        return rows(em.createNativeQuery(LANGUAGES).setParameter(1, instant(from)).setParameter(2, instant(until)).getResultList())
                .stream().map(r -> new LanguageCount(text(r[0]), number(r[1]))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    private static String instant(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static boolean flag(Object value) {
        return Boolean.TRUE.equals(value);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static List<String> list(Object commaSeparated) {
        return commaSeparated == null ? List.of() : Arrays.asList(commaSeparated.toString().split(","));
    }
}
