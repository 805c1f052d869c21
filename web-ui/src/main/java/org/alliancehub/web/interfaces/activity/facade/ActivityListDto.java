package org.alliancehub.web.interfaces.activity.facade;

import java.util.List;

import org.alliancehub.web.interfaces.web.PagedList;

/**
 * A page of trainings and events as the lists show them ({@code /events}, {@code /trainings}).
 * Records, read in the page with method calls; every text is plain, for the page to escape. Every
 * {@code …Query} is a query string for a link to the same list.
 *
 * @param filters  the choices the filter form offers (language, topic), with counts
 * @param selected the filters in force, each removable (an alliance or program given in the address too)
 * @param kinds    events, trainings or both (the events list only)
 * @param whens    upcoming, past or any
 */
public record ActivityListDto(ActivityCriteria criteria, long total, int page, long pages, List<ItemDto> items,
                              List<FilterDto> filters, List<SelectedFilterDto> selected, List<ChoiceDto> kinds,
                              List<ChoiceDto> whens) implements PagedList {

    @Override
    public String queryAtPage(int other) {
        return criteria.atPage(other).queryString();
    }

    /** The same filters in the calendar ({@code /calendar}): events of this month, whatever the kind and date chosen here. */
    public String calendarQuery() {
        return new ActivityCriteria(criteria.language(), null, criteria.offeredIn(), criteria.topic(), criteria.program(),
                criteria.alliance(), null, 1, null, null).queryString();
    }

    /**
     * One training or event in a list.
     *
     * @param kind        EVENT or TRAINING
     * @param path        its page: {@code /event} or {@code /training}
     * @param typeLabel   the event's kind (Webinar, Seminar…) or the training's format (Online, In person…)
     * @param when        an event's date and times on its own clocks; null for a training
     * @param startIso    an event's start as an ISO instant with offset, for {@code <time datetime>}
     * @param where       an event's place, or "Online"
     * @param onlyInLabel "Only in English", "Solo en inglés" when it is not offered in the reader's language, else null
     */
    public record ItemDto(String id, String kind, String path, String title, String summary, String typeLabel, String when,
                          String startIso, String where, String languages, String onlyInLabel, String allianceId,
                          String allianceName) {
    }

    /** A filter the form offers as a list of values: its parameter, its label, and the values. */
    public record FilterDto(String name, String heading, List<OptionDto> options) {
    }

    public record OptionDto(String value, String label, long count, boolean selected) {
    }

    /** A filter in force: what it is, and the list without it. */
    public record SelectedFilterDto(String name, String value, String heading, String label, String removeQuery, String removeLabel) {
    }

    /** One of a few choices (kind, when), as a link; {@code current} for the one in force. */
    public record ChoiceDto(String label, String query, boolean current) {
    }
}
