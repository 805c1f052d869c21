package org.alliancehub.web.interfaces.staff.facade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.alliancehub.contracts.content.StaffReports.ActivityFigures;
import org.alliancehub.contracts.content.StaffReports.AllianceActivity;
import org.alliancehub.contracts.content.StaffReports.AnnualActivity;
import org.alliancehub.contracts.content.StaffReports.GapCount;
import org.alliancehub.contracts.content.StaffReports.GapItem;
import org.alliancehub.contracts.content.StaffReports.LanguageShare;
import org.alliancehub.contracts.content.StaffReports.MonthCount;
import org.alliancehub.contracts.content.StaffReports.OutreachFigure;
import org.alliancehub.contracts.content.StaffReports.ProgramDashboard;
import org.alliancehub.contracts.content.StaffReports.TranslationGaps;
import org.alliancehub.contracts.search.QueryReport;
import org.alliancehub.web.interfaces.web.PortalMessages;

/** The staff reports as tables in the reader's language (numbers as the service counted them, unformatted, so CSV stays machine-readable). */
public final class StaffReportTables {

    /** The agencies in the order the dashboard shows them. */
    public static final List<String> AGENCIES = List.of("OSHA", "MSHA");

    private StaffReportTables() {
    }

    public static List<ReportTable> translationGaps(TranslationGaps gaps, PortalMessages m) {
        boolean spanish = "es".equals(m.locale().getLanguage());
        List<String> countHeader = List.of(m.text("report.gaps.missing.spanish"), m.text("report.gaps.missing.english"),
                m.text("report.gaps.outdated"));
        List<List<String>> perAlliance = gaps.byAlliance().stream().map(c -> counts(c.name(), c)).toList();
        List<List<String>> perProgram = gaps.byProgram().stream()
                .map(c -> counts((spanish ? c.nameSpanish() : c.name()) + " (" + c.key() + ")", c)).toList();
        return List.of(
                new ReportTable("gaps-alliances", m.text("report.gaps.per.alliance"), with(m.text("report.column.alliance"), countHeader),
                        perAlliance),
                new ReportTable("gaps-programs", m.text("report.gaps.per.program"), with(m.text("report.column.program"), countHeader),
                        perProgram),
                items("gaps-no-spanish", m.text("report.gaps.missing.spanish"), gaps.missingSpanish(), m, false),
                items("gaps-no-english", m.text("report.gaps.missing.english"), gaps.missingEnglish(), m, false),
                items("gaps-outdated", m.text("report.gaps.outdated"), gaps.outdated(), m, true));
    }

    private static List<String> counts(String name, GapCount c) {
        return List.of(name, String.valueOf(c.missingSpanish()), String.valueOf(c.missingEnglish()), String.valueOf(c.outdated()));
    }

    private static ReportTable items(String id, String title, List<GapItem> items, PortalMessages m, boolean languages) {
        List<String> header = new ArrayList<>(List.of(m.text("report.column.material"), m.text("report.column.alliance"),
                m.text("report.column.programs")));
        if (languages) {
            header.add(m.text("report.column.outdated.languages"));
        }
        List<List<String>> rows = items.stream().map(i -> {
            List<String> row = new ArrayList<>(List.of(i.title(), i.allianceName(), String.join(" ", i.programCodes())));
            if (languages) {
                row.add(String.join(" ", i.outdatedLanguages().stream().map(m::languageName).toList()));
            }
            return (List<String>) row;
        }).toList();
        return new ReportTable(id, title, header, rows);
    }

    /** The year for the whole program, then one row per alliance: the figures the agency's evaluation records. */
    public static List<ReportTable> annualActivity(AnnualActivity report, PortalMessages m) {
        List<String> figureNames = figureHeader(report.program(), m);
        List<List<String>> program = new ArrayList<>();
        List<String> totals = figureValues(report.program());
        for (int i = 0; i < figureNames.size(); i++) {
            program.add(List.of(figureNames.get(i), totals.get(i)));
        }
        List<List<String>> alliances = new ArrayList<>();
        for (AllianceActivity a : report.alliances()) {
            List<String> row = new ArrayList<>(List.of(a.name(), a.agency(), m.text("alliance.level." + a.level())));
            row.addAll(figureValues(a.figures()));
            alliances.add(row);
        }
        List<String> allianceHeader = new ArrayList<>(List.of(m.text("report.column.alliance"), m.text("report.column.agency"),
                m.text("report.column.level")));
        allianceHeader.addAll(figureNames);
        return List.of(
                new ReportTable("annual-program", m.text("report.annual.program"), List.of(m.text("report.column.figure"),
                        m.text("report.column.value")), program),
                new ReportTable("annual-alliances", m.text("report.annual.per.alliance"), allianceHeader, alliances));
    }

    public static List<String> figureHeader(ActivityFigures f, PortalMessages m) {
        List<String> names = new ArrayList<>(List.of(m.text("report.figure.materials.published"), m.text("report.figure.materials.updated"),
                m.text("report.figure.trainings"), m.text("report.figure.events")));
        for (OutreachFigure o : f.outreach()) {
            String kind = m.text("outreach.kind." + o.kind());
            names.add(m.format("report.figure.kind.activities", kind));
            names.add(m.format("report.figure.kind.people", kind));
        }
        names.add(m.text("report.figure.outreach.activities"));
        names.add(m.text("report.figure.people.reached"));
        return names;
    }

    public static List<String> figureValues(ActivityFigures f) {
        List<String> values = new ArrayList<>(List.of(String.valueOf(f.materialsPublished()), String.valueOf(f.materialsUpdated()),
                String.valueOf(f.trainings()), String.valueOf(f.events())));
        for (OutreachFigure o : f.outreach()) {
            values.add(String.valueOf(o.activities()));
            values.add(String.valueOf(o.peopleReached()));
        }
        values.add(String.valueOf(f.outreachActivities()));
        values.add(String.valueOf(f.peopleReached()));
        return values;
    }

    /**
     * Published per month (a column per agency), the languages' shares, the review turnaround, and
     * the period's searches with the share that found nothing ({@code searches} null: the search
     * service could not say, and the table is left out).
     */
    public static List<ReportTable> dashboard(ProgramDashboard d, QueryReport searches, PortalMessages m) {
        Map<String, Map<String, Long>> months = perMonth(d);
        List<List<String>> monthRows = new ArrayList<>();
        months.forEach((month, agencies) -> {
            List<String> row = new ArrayList<>(List.of(month));
            AGENCIES.forEach(a -> row.add(String.valueOf(agencies.getOrDefault(a, 0L))));
            monthRows.add(row);
        });
        List<String> monthHeader = new ArrayList<>(List.of(m.text("report.column.month")));
        monthHeader.addAll(AGENCIES);
        List<List<String>> languages = new ArrayList<>();
        for (LanguageShare l : d.languages()) {
            languages.add(List.of(m.languageName(l.language()), String.valueOf(l.versions()), String.valueOf(l.percent())));
        }
        List<List<String>> turnaround = List.of(
                List.of(m.text("report.turnaround.materials"), String.valueOf(d.turnaround().materials())),
                List.of(m.text("report.turnaround.median"), days(d.turnaround().medianDays(), m)),
                List.of(m.text("report.turnaround.p90"), days(d.turnaround().p90Days(), m)));
        List<ReportTable> tables = new ArrayList<>(List.of(
                new ReportTable("dashboard-months", m.text("report.dashboard.per.month"), monthHeader, monthRows),
                new ReportTable("dashboard-languages", m.text("report.dashboard.languages"), List.of(m.text("report.column.language"),
                        m.text("report.column.versions"), m.text("report.column.share")), languages),
                new ReportTable("dashboard-turnaround", m.text("report.dashboard.turnaround"), List.of(m.text("report.column.figure"),
                        m.text("report.column.value")), turnaround)));
        if (searches != null) {
            tables.add(new ReportTable("dashboard-searches", m.text("report.dashboard.searches"), List.of(m.text("report.column.figure"),
                    m.text("report.column.value")), List.of(
                    List.of(m.text("report.column.searches"), String.valueOf(searches.searches())),
                    List.of(m.text("report.column.zero.searches"), String.valueOf(searches.zeroResultSearches())),
                    List.of(m.text("report.column.zero.rate"), ContentGapTables.percent(searches.zeroResultRate())))));
        }
        return tables;
    }

    /** Month (2026-03) to agency to count, months in order. */
    public static Map<String, Map<String, Long>> perMonth(ProgramDashboard d) {
        Map<String, Map<String, Long>> months = new TreeMap<>();
        for (MonthCount c : d.publishedPerMonth()) {
            months.computeIfAbsent(c.month(), k -> new TreeMap<>()).merge(c.agency(), c.published(), Long::sum);
        }
        return months;
    }

    private static String days(Double value, PortalMessages m) {
        return value == null ? m.text("report.none.published") : String.valueOf(value);
    }

    private static List<String> with(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }
}
