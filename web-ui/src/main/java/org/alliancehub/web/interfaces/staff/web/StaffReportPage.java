package org.alliancehub.web.interfaces.staff.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;

import org.alliancehub.contracts.content.EmphasisProgramView;
import org.alliancehub.contracts.content.StaffReports;
import org.alliancehub.contracts.search.QueryReport;
import org.alliancehub.web.infrastructure.client.ServiceUnavailable;
import org.alliancehub.web.infrastructure.client.SearchServiceClient;
import org.alliancehub.web.infrastructure.client.EmphasisProgramDirectory;
import org.alliancehub.web.infrastructure.client.workspace.ContentWorkspaceClient;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceApi;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceRefusal;
import org.alliancehub.web.interfaces.partner.web.WorkspaceMessages;
import org.alliancehub.web.interfaces.staff.facade.ContentGapTables;
import org.alliancehub.web.interfaces.staff.facade.ReportTable;
import org.alliancehub.web.interfaces.staff.facade.StaffReportTables;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/**
 * The staff reports' pages (translation gaps, annual activity, program dashboard, content gaps from
 * search): the report the
 * address names, as tables, with its export links; the dashboard's charts from the same numbers.
 * The parameters are in the address, so a report is bookmarkable; a refused one says why in the page.
 */
@Named
@RequestScoped
public class StaffReportPage {

    @Inject
    HttpServletRequest request;

    @Inject
    ContentWorkspaceClient content;

    @Inject
    SearchServiceClient search;

    @Inject
    EmphasisProgramDirectory programs;

    @Inject
    LocaleSelection locale;

    private String fy;
    private String readers;
    private String program;
    private QueryReport searches;
    private boolean searchesAsked;
    private ContentGapTables.Reports contentGaps;
    private String from;
    private String to;
    private List<ReportTable> tables;
    private StaffReports.AnnualActivity annual;
    private StaffReports.ProgramDashboard dashboard;

    /** The report's request for the signed-in account; a refusal is shown in the page, with no tables. */
    private <T> T asked(String what, Function<WorkspaceApi, T> call) {
        try {
            return content.call(what, call);
        } catch (WorkspaceRefusal refusal) {
            WorkspaceMessages.refused(locale.getMessages(), refusal);
            return null;
        }
    }

    String authorization() {
        return ContentWorkspaceClient.bearerOf(request);
    }

    public List<ReportTable> getGapTables() {
        if (tables == null) {
            String auth = authorization();
            var gaps = asked("the translation gaps", api -> api.translationGaps(auth));
            tables = gaps == null ? List.of() : StaffReportTables.translationGaps(gaps, locale.getMessages());
        }
        return tables;
    }

    public StaffReports.AnnualActivity getAnnual() {
        if (annual == null && tables == null) {
            String auth = authorization();
            Integer year = fiscalYear(fy);
            if (fy != null && !fy.isBlank() && year == null) {
                WorkspaceMessages.errorText(locale.getMessages().text("report.annual.fy.invalid"));
                tables = List.of();
                return null;
            }
            annual = asked("the annual activity report", api -> api.annualActivity(auth, year));
            tables = annual == null ? List.of() : StaffReportTables.annualActivity(annual, locale.getMessages());
        }
        return annual;
    }

    public List<ReportTable> getAnnualTables() {
        getAnnual();
        return tables;
    }

    public StaffReports.ProgramDashboard getDashboard() {
        if (dashboard == null && tables == null) {
            String auth = authorization();
            dashboard = asked("the program dashboard", api -> api.programDashboard(auth, blankToNull(from), blankToNull(to)));
            tables = dashboard == null ? List.of() : StaffReportTables.dashboard(dashboard, getDashboardSearches(), locale.getMessages());
        }
        return dashboard;
    }

    /**
     * The dashboard period's searches (all readers, all programs), or null when the search service
     * cannot say now: the rest of the dashboard is shown all the same, with a message.
     */
    public QueryReport getDashboardSearches() {
        if (!searchesAsked && dashboard != null) {
            searchesAsked = true;
            searches = searchesOf(search, authorization(), dashboard);
            if (searches == null) {
                WorkspaceMessages.warn(locale.getMessages(), "dashboard.searches.unavailable");
            }
        }
        return searches;
    }

    /** The period's searches by every reader, or null when the search service cannot say now (the dashboard leaves them out). */
    static QueryReport searchesOf(SearchServiceClient client, String auth, StaffReports.ProgramDashboard d) {
        try {
            return client.analytics("the searches of the dashboard", api -> api.queries(auth, d.from().toString(), d.to().toString(),
                    null, null, 1));
        } catch (WorkspaceRefusal | ServiceUnavailable unanswered) {
            return null;
        }
    }

    /** Chart.js configuration of the searches that found something against those that found nothing, as a doughnut. */
    public String getSearchChart() {
        QueryReport s = getDashboard() == null ? null : getDashboardSearches();
        if (s == null || s.searches() == 0) {
            return null;
        }
        var m = locale.getMessages();
        return Json.createObjectBuilder().add("type", "doughnut")
                .add("data", Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder().add(m.text("report.search.found")).add(m.text("report.search.found.nothing")))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("data", Json.createArrayBuilder().add(s.searches() - s.zeroResultSearches()).add(s.zeroResultSearches()))
                                .add("backgroundColor", Json.createArrayBuilder().add("#1f5a96").add("#b35c00")))))
                .add("options", Json.createObjectBuilder().add("animation", false))
                .build().toString();
    }

    /** The content-gap report of the chosen period, readers and program; empty when refused (the page says why). */
    public List<ReportTable> getContentGapTables() {
        if (tables == null) {
            String auth = authorization();
            try {
                contentGaps = contentGaps(search, auth, from, to, readers, program);
                tables = ContentGapTables.of(contentGaps, request.getContextPath() + "/results", locale.getMessages());
            } catch (WorkspaceRefusal refusal) {
                WorkspaceMessages.refused(locale.getMessages(), refusal);
                tables = List.of();
            }
        }
        return tables;
    }

    /** The chosen readers' report (its period as the service settled it), once the tables were asked; null when refused. */
    public QueryReport getContentGaps() {
        getContentGapTables();
        return contentGaps == null ? null : contentGaps.chosen();
    }

    /**
     * Asks the search service for the content-gap report: the chosen readers' queries, and the
     * totals for every reader and per reader language. A malformed date or reader language is
     * refused by the service like any bad value.
     */
    static ContentGapTables.Reports contentGaps(SearchServiceClient client, String auth, String from, String to, String readers,
                                                String program) {
        String first = blankToNull(from);
        String last = blankToNull(to);
        String language = blankToNull(readers);
        String code = blankToNull(program);
        QueryReport chosen = client.analytics("the content-gap report", api -> api.queries(auth, first, last, language, code, 50));
        List<QueryReport> languages = new ArrayList<>();
        for (String l : ContentGapTables.READER_LANGUAGES) {
            languages.add(Objects.equals(l, language) ? chosen
                    : client.analytics("the content-gap report", api -> api.queries(auth, first, last, l, code, 1)));
        }
        return new ContentGapTables.Reports(chosen, languages);
    }

    /** The programs a report can be narrowed to: code and name in the page's language, the running ones first. */
    public List<EmphasisProgramView> getPrograms() {
        return programs.all().stream().sorted(Comparator.comparing((EmphasisProgramView p) -> !p.active())
                .thenComparing(EmphasisProgramView::code)).toList();
    }

    public String programName(EmphasisProgramView p) {
        return EmphasisProgramDirectory.name(p, locale.getLanguage());
    }

    public List<ReportTable> getDashboardTables() {
        getDashboard();
        return tables;
    }

    /** Chart.js configuration (PrimeFaces' p:chart takes it as JSON): a bar per agency per month. */
    public String getMonthChart() {
        if (getDashboard() == null) {
            return null;
        }
        var months = StaffReportTables.perMonth(dashboard);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        months.keySet().forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        String[] colours = {"#1f5a96", "#b35c00"};
        for (int i = 0; i < StaffReportTables.AGENCIES.size(); i++) {
            String agency = StaffReportTables.AGENCIES.get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            months.values().forEach(perAgency -> data.add(perAgency.getOrDefault(agency, 0L)));
            datasets.add(Json.createObjectBuilder().add("label", agency).add("data", data).add("backgroundColor", colours[i]));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    /** Chart.js configuration of the languages' shares, as a pie. */
    public String getLanguageChart() {
        if (getDashboard() == null) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (StaffReports.LanguageShare share : dashboard.languages()) {
            labels.add(locale.languageName(share.language()));
            data.add(share.versions());
        }
        return Json.createObjectBuilder().add("type", "pie")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("data", data)
                                .add("backgroundColor", Json.createArrayBuilder().add("#1f5a96").add("#b35c00").add("#3d7a3d").add("#6b4c9a")))))
                .add("options", Json.createObjectBuilder().add("animation", false))
                .build().toString();
    }

    /** The export address of a report in the page's language ({@code report}: translation-gaps, annual-activity, dashboard). */
    public String export(String report, String format) {
        StringBuilder href = new StringBuilder(request.getContextPath()).append("/staff/reports/export?report=").append(report)
                .append("&format=").append(format).append("&lang=").append(locale.getLanguage());
        if (annual != null) {
            href.append("&fy=").append(annual.fiscalYear());
        }
        if (dashboard != null) {
            href.append("&from=").append(dashboard.from()).append("&to=").append(dashboard.to());
        }
        if (contentGaps != null) {
            QueryReport chosen = contentGaps.chosen();
            href.append("&from=").append(chosen.from()).append("&to=").append(chosen.to());
            if (chosen.language() != null) {
                href.append("&readers=").append(chosen.language());
            }
            if (chosen.program() != null) {
                href.append("&program=").append(URLEncoder.encode(chosen.program(), StandardCharsets.UTF_8));
            }
        }
        return href.toString();
    }

    static Integer fiscalYear(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getFy() { return fy; }
    public void setFy(String fy) { this.fy = fy; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getReaders() { return readers; }
    public void setReaders(String readers) { this.readers = readers; }
    public String getProgram() { return program; }
    public void setProgram(String program) { this.program = program; }
}
