package org.alliancehub.search.infrastructure.elasticsearch;

import java.util.List;

import org.alliancehub.search.application.Folding;
import org.alliancehub.search.application.IndexedActivity;

/**
 * A training or event in the shared index ({@code kind} "training" or "event"): searched through
 * the same title and summary fields as materials, with its dates and display-only details.
 */
public class ActivityDocument {

    public String kind;
    public String activityId;
    /** Every language the activity is offered in. */
    public List<String> language;
    public String title;
    public String titleSort;
    public String summary;
    public List<String> topics;
    public List<String> topicKeys;
    public List<String> audiences;
    public List<String> audienceKeys;
    public List<String> programs;
    public List<String> programKeys;
    public List<CurationField> curation;
    public String allianceId;
    public String allianceName;
    public String agency;
    public String format;
    public String eventKind;
    public String startsAt;
    public String endsAt;
    public String place;
    /** Shown, never searched. */
    public Details details;

    public static class Details {
        public Integer durationMinutes;
        public String provider;
        public String link;
        public String timeZone;
        public String onlineLink;
        public String registrationLink;
    }

    static ActivityDocument of(IndexedActivity activity) {
        ActivityDocument doc = new ActivityDocument();
        doc.kind = activity.kind().feedKind();
        doc.activityId = activity.id();
        doc.language = activity.languages();
        doc.title = activity.title();
        doc.titleSort = Folding.fold(activity.title());
        doc.summary = activity.description();
        doc.topics = activity.topics();
        doc.topicKeys = Folding.keys(activity.topics());
        doc.audiences = activity.audiences();
        doc.audienceKeys = Folding.keys(activity.audiences());
        doc.programs = activity.programCodes();
        doc.programKeys = Folding.keys(activity.programCodes());
        doc.curation = CurationField.of(activity.curatedRanks());
        doc.allianceId = activity.allianceId();
        doc.allianceName = activity.allianceName();
        doc.agency = activity.agency();
        doc.format = activity.format();
        doc.eventKind = activity.eventKind();
        doc.startsAt = activity.startsAt() == null ? null : activity.startsAt().toString();
        doc.endsAt = activity.endsAt() == null ? null : activity.endsAt().toString();
        doc.place = activity.place();
        Details details = new Details();
        details.durationMinutes = activity.durationMinutes();
        details.provider = activity.provider();
        details.link = activity.link();
        details.timeZone = activity.timeZone();
        details.onlineLink = activity.onlineLink();
        details.registrationLink = activity.registrationLink();
        doc.details = details;
        return doc;
    }
}
