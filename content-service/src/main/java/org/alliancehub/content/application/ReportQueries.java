package org.alliancehub.content.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The staff reports' counts, asked of the database (grouped there where it can; never every entity in memory). */
public interface ReportQueries {

    /** A published material missing Spanish or English, or with outdated versions; its title in English where it has one. */
    record GapRow(String materialId, String title, String allianceId, String allianceName, boolean hasSpanish, boolean hasEnglish,
                  List<String> outdatedLanguages, List<String> programCodes) {
    }

    record ProgramName(String code, String nameEnglish, String nameSpanish) {
    }

    /** One alliance's materials, trainings and events in a period. */
    record AllianceRow(String allianceId, String name, String agency, String level, long materialsPublished, long materialsUpdated,
                       long trainings, long events) {
    }

    record OutreachRow(String allianceId, String kind, long activities, long peopleReached) {
    }

    /** A material first published in a period: when, by which agency's alliance, and seconds since its first submission (null: never submitted). */
    record PublishedRow(String materialId, String agency, OffsetDateTime firstPublished, Double secondsFromSubmission) {
    }

    record LanguageCount(String language, long versions) {
    }

    List<GapRow> publishedWithGaps();

    List<ProgramName> programs();

    /** Every alliance, by name; {@code from} included, {@code until} excluded. */
    List<AllianceRow> alliances(OffsetDateTime from, OffsetDateTime until);

    /** Outreach dated from {@code first} to {@code last}, both included, per alliance and kind. */
    List<OutreachRow> outreach(LocalDate first, LocalDate last);

    List<PublishedRow> firstPublished(OffsetDateTime from, OffsetDateTime until);

    /** The language versions of the materials first published in the period and published still. */
    List<LanguageCount> languagesOfFirstPublished(OffsetDateTime from, OffsetDateTime until);
}
