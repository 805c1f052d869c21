package org.alliancehub.contracts.content;

import java.time.LocalDate;
import java.util.List;

/**
 * The agency staff's reports ({@code GET /content/api/reports/...}, curators and admins): read models
 * counted in the content service's database, shown and exported by the portal.
 */
public final class StaffReports {

    private StaffReports() {
    }

    /** A published material lacking a language or carrying versions flagged translation-outdated. */
    public record GapItem(String materialId, String title, String allianceId, String allianceName,
                          List<String> outdatedLanguages, List<String> programCodes) {
    }

    /** Counts of one alliance (key: its id) or one emphasis program (key: its code). */
    public record GapCount(String key, String name, String nameSpanish, long missingSpanish, long missingEnglish, long outdated) {
    }

    /** {@code translation-gaps}: the items of each gap, and their counts per alliance and per emphasis program. */
    public record TranslationGaps(List<GapItem> missingSpanish, List<GapItem> missingEnglish, List<GapItem> outdated,
                                  List<GapCount> byAlliance, List<GapCount> byProgram) {
    }

    /** Outreach activities of one kind (the evaluation's DISSEMINATION, SPEECH_OR_EXHIBIT, ...) and the people they reached. */
    public record OutreachFigure(String kind, long activities, long peopleReached) {
    }

    /**
     * What happened in the year: materials first published, materials published again after an
     * update, trainings published, published events that started, outreach reported per kind.
     */
    public record ActivityFigures(long materialsPublished, long materialsUpdated, long trainings, long events,
                                  List<OutreachFigure> outreach, long outreachActivities, long peopleReached) {
    }

    public record AllianceActivity(String allianceId, String name, String agency, String level, ActivityFigures figures) {
    }

    /** {@code annual-activity}: a federal fiscal year (October 1 to September 30), per alliance and for the whole program. */
    public record AnnualActivity(int fiscalYear, LocalDate from, LocalDate to, List<AllianceActivity> alliances, ActivityFigures program) {
    }

    /** Materials first published in a month ({@code 2026-03}) by one agency's alliances. */
    public record MonthCount(String month, String agency, long published) {
    }

    /** Language versions of the period's published materials in one language, and their share in percent. */
    public record LanguageShare(String language, long versions, double percent) {
    }

    /** Days from a material's first submission to its first publication, over the materials published in the period. */
    public record Turnaround(long materials, Double medianDays, Double p90Days) {
    }

    /** {@code program-dashboard}: the period (both days included) and its figures. */
    public record ProgramDashboard(LocalDate from, LocalDate to, List<MonthCount> publishedPerMonth, List<LanguageShare> languages,
                                   Turnaround turnaround) {
    }
}
