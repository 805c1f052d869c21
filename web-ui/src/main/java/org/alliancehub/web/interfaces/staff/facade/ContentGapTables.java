package org.alliancehub.web.interfaces.staff.facade;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.alliancehub.contracts.search.QueryReport;
import org.alliancehub.web.interfaces.web.PortalMessages;

/**
 * The content-gap report from what readers searched for: how many searches found nothing per
 * reader language, the most searched queries, and the searched ones that found nothing, each of
 * those leading to the public search as its readers ran it (so a curator sees what they saw).
 */
public final class ContentGapTables {

    /** Every reader (null), then each reader language the portal speaks. */
    public static final List<String> READER_LANGUAGES = java.util.Arrays.asList(null, "en", "es");

    private ContentGapTables() {
    }

    /** The chosen readers' report with its query lists, and the totals of {@link #READER_LANGUAGES} for the same period and program. */
    public record Reports(QueryReport chosen, List<QueryReport> languages) {
    }

    /** The report's tables; {@code searchPage} is the public search's address ({@code /results}), or null for exports. */
    public static List<ReportTable> of(Reports reports, String searchPage, PortalMessages m) {
        QueryReport report = reports.chosen();
        List<List<String>> totals = new ArrayList<>();
        for (QueryReport l : reports.languages()) {
            totals.add(List.of(l.language() == null ? m.text("report.search.readers.all") : m.languageName(l.language()),
                    String.valueOf(l.searches()), String.valueOf(l.zeroResultSearches()), percent(l.zeroResultRate())));
        }
        List<List<String>> top = report.top().stream()
                .map(q -> List.of(q.query(), String.valueOf(q.searches()), String.valueOf(q.zeroResults()), String.valueOf(q.opened()))).toList();
        List<List<String>> nothing = report.zeroResults().stream()
                .map(q -> List.of(q.query(), String.valueOf(q.zeroResults()), String.valueOf(q.searches()))).toList();
        String readers = report.language() == null ? m.locale().getLanguage() : report.language();
        return List.of(
                new ReportTable("search-totals", m.text("report.search.totals"), List.of(m.text("report.column.readers"),
                        m.text("report.column.searches"), m.text("report.column.zero.searches"), m.text("report.column.zero.rate")), totals),
                new ReportTable("search-top", m.text("report.search.top"), List.of(m.text("report.column.query"),
                        m.text("report.column.searches"), m.text("report.column.zero.searches"), m.text("report.column.opened")), top,
                        links(report.top(), searchPage, readers, report.program())),
                new ReportTable("search-zero", m.text("report.search.zero"), List.of(m.text("report.column.query"),
                        m.text("report.column.zero.searches"), m.text("report.column.searches")), nothing,
                        links(report.zeroResults(), searchPage, readers, report.program())));
    }

    /** A share (0 to 1) as a percentage with one decimal, written the same in every language so CSV stays machine-readable. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f", share * 100);
    }

    /** The public search of a query as readers of {@code language} ran it, within {@code program} when one was chosen. */
    public static String searchAddress(String searchPage, String query, String language, String program) {
        StringBuilder href = new StringBuilder(searchPage).append("?q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8))
                .append("&lang=").append(language);
        if (program != null) {
            href.append("&program=").append(URLEncoder.encode(program, StandardCharsets.UTF_8));
        }
        return href.toString();
    }

    private static List<String> links(List<QueryReport.QueryCount> queries, String searchPage, String language, String program) {
        if (searchPage == null) {
            return List.of();
        }
        return queries.stream().map(q -> searchAddress(searchPage, q.query(), language, program)).toList();
    }
}
