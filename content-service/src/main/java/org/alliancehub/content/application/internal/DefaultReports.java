package org.alliancehub.content.application.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.ReportQueries;
import org.alliancehub.content.application.ReportQueries.AllianceRow;
import org.alliancehub.content.application.ReportQueries.GapRow;
import org.alliancehub.content.application.ReportQueries.OutreachRow;
import org.alliancehub.content.application.ReportQueries.ProgramName;
import org.alliancehub.content.application.ReportQueries.PublishedRow;
import org.alliancehub.content.application.Reports;
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
import org.alliancehub.contracts.content.StaffReports.Turnaround;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.account.Role;
import org.alliancehub.domain.model.alliance.Agency;
import org.alliancehub.domain.model.outreach.OutreachKind;
import org.alliancehub.domain.model.shared.FiscalYear;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultReports implements Reports {

    private static final double SECONDS_PER_DAY = 86_400;

    @Inject
    ReportQueries queries;

    @Override
    public TranslationGaps translationGaps(Caller caller) {
        caller.require(Role.CURATOR, Role.ADMIN);
        List<GapItem> noSpanish = new ArrayList<>();
        List<GapItem> noEnglish = new ArrayList<>();
        List<GapItem> outdated = new ArrayList<>();
        Map<String, long[]> perAlliance = new LinkedHashMap<>();
        Map<String, String> allianceNames = new HashMap<>();
        Map<String, long[]> perProgram = new HashMap<>();
        for (GapRow row : queries.publishedWithGaps()) {
            GapItem item = new GapItem(row.materialId(), row.title(), row.allianceId(), row.allianceName(), row.outdatedLanguages(),
                    row.programCodes());
            long[] gaps = {row.hasSpanish() ? 0 : 1, row.hasEnglish() ? 0 : 1, row.outdatedLanguages().isEmpty() ? 0 : 1};
            if (gaps[0] == 1) {
                noSpanish.add(item);
            }
            if (gaps[1] == 1) {
                noEnglish.add(item);
            }
            if (gaps[2] == 1) {
                outdated.add(item);
            }
            allianceNames.put(row.allianceId(), row.allianceName());
            add(perAlliance.computeIfAbsent(row.allianceId(), k -> new long[3]), gaps);
            for (String code : row.programCodes()) {
                add(perProgram.computeIfAbsent(code, k -> new long[3]), gaps);
            }
        }
        List<GapCount> byAlliance = perAlliance.entrySet().stream().map(e -> {
            String name = allianceNames.get(e.getKey());
            return count(e.getKey(), name, name, e.getValue());
        }).toList();
        List<GapCount> byProgram = queries.programs().stream().filter(p -> perProgram.containsKey(p.code()))
                .map(p -> count(p.code(), p.nameEnglish(), p.nameSpanish(), perProgram.get(p.code()))).toList();
        return new TranslationGaps(noSpanish, noEnglish, outdated, byAlliance, byProgram);
    }

    private static void add(long[] into, long[] gaps) {
        for (int i = 0; i < gaps.length; i++) {
            into[i] += gaps[i];
        }
    }

    private static GapCount count(String key, String name, String nameSpanish, long[] c) {
        return new GapCount(key, name, nameSpanish, c[0], c[1], c[2]);
    }

    @Override
    public AnnualActivity annualActivity(Caller caller, FiscalYear year) {
        caller.require(Role.CURATOR, Role.ADMIN);
        Map<String, Map<OutreachKind, long[]>> outreach = new HashMap<>();
        for (OutreachRow row : queries.outreach(year.firstDay(), year.lastDay())) {
            outreach.computeIfAbsent(row.allianceId(), k -> new EnumMap<>(OutreachKind.class))
                    .put(OutreachKind.valueOf(row.kind()), new long[] {row.activities(), row.peopleReached()});
        }
        List<AllianceActivity> alliances = new ArrayList<>();
        long[] totals = new long[4];
        Map<OutreachKind, long[]> programOutreach = new EnumMap<>(OutreachKind.class);
        for (AllianceRow row : queries.alliances(startOf(year.firstDay()), startOf(year.lastDay().plusDays(1)))) {
            Map<OutreachKind, long[]> own = outreach.getOrDefault(row.allianceId(), Map.of());
            alliances.add(new AllianceActivity(row.allianceId(), row.name(), row.agency(), row.level(),
                    figures(row.materialsPublished(), row.materialsUpdated(), row.trainings(), row.events(), own)));
            add(totals, new long[] {row.materialsPublished(), row.materialsUpdated(), row.trainings(), row.events()});
            own.forEach((kind, figures) -> add(programOutreach.computeIfAbsent(kind, k -> new long[2]), figures));
        }
        return new AnnualActivity(year.year(), year.firstDay(), year.lastDay(), alliances,
                figures(totals[0], totals[1], totals[2], totals[3], programOutreach));
    }

    /** Every kind of the evaluation is listed, reported or not, so that rows line up across alliances. */
    private static ActivityFigures figures(long published, long updated, long trainings, long events, Map<OutreachKind, long[]> outreach) {
        List<OutreachFigure> kinds = new ArrayList<>();
        long activities = 0;
        long people = 0;
        for (OutreachKind kind : OutreachKind.values()) {
            long[] f = outreach.getOrDefault(kind, new long[2]);
            kinds.add(new OutreachFigure(kind.name(), f[0], f[1]));
            activities += f[0];
            people += f[1];
        }
        return new ActivityFigures(published, updated, trainings, events, kinds, activities, people);
    }

    @Override
    public ProgramDashboard programDashboard(Caller caller, LocalDate from, LocalDate to) {
        caller.require(Role.CURATOR, Role.ADMIN);
        OffsetDateTime start = startOf(from);
        OffsetDateTime until = startOf(to.plusDays(1));
        Map<String, long[]> perMonth = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            perMonth.put(m.toString(), new long[Agency.values().length]);
        }
        List<Double> days = new ArrayList<>();
        for (PublishedRow row : queries.firstPublished(start, until)) {
            long[] month = perMonth.get(YearMonth.from(row.firstPublished().withOffsetSameInstant(ZoneOffset.UTC)).toString());
            if (month != null) {
                month[Agency.valueOf(row.agency()).ordinal()]++;
            }
            if (row.secondsFromSubmission() != null) {
                days.add(row.secondsFromSubmission() / SECONDS_PER_DAY);
            }
        }
        List<MonthCount> months = new ArrayList<>();
        perMonth.forEach((month, counts) -> {
            for (Agency agency : Agency.values()) {
                months.add(new MonthCount(month, agency.name(), counts[agency.ordinal()]));
            }
        });
        List<ReportQueries.LanguageCount> languages = queries.languagesOfFirstPublished(start, until);
        long versions = languages.stream().mapToLong(ReportQueries.LanguageCount::versions).sum();
        List<LanguageShare> shares = languages.stream()
                .map(l -> new LanguageShare(l.language(), l.versions(), roundedToTenth(100.0 * l.versions() / versions))).toList();
        Percentiles turnaround = new Percentiles(days);
        return new ProgramDashboard(from, to, months, shares,
                new Turnaround(days.size(), roundedToTenth(turnaround.at(50)), roundedToTenth(turnaround.at(90))));
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static Double roundedToTenth(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
