package org.alliancehub.web.interfaces.staff.web;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;

import org.alliancehub.contracts.content.StaffReports;
import org.alliancehub.web.infrastructure.client.workspace.ContentWorkspaceClient;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceApi;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceRefusal;
import org.alliancehub.web.infrastructure.security.SignedInAccount;
import org.alliancehub.web.interfaces.partner.web.WorkspaceMessages;
import org.alliancehub.web.interfaces.staff.facade.ReportTable;
import org.alliancehub.web.interfaces.staff.facade.StaffReportTables;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/**
 * The staff reports' pages (translation gaps, annual activity, program dashboard): the report the
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
    LocaleSelection locale;

    private String fy;
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
        return SignedInAccount.of(request).orElseThrow(() -> new WorkspaceRefusal(401, null, null)).authorization();
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
            tables = dashboard == null ? List.of() : StaffReportTables.dashboard(dashboard, locale.getMessages());
        }
        return dashboard;
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
}
