package org.alliancehub.web.interfaces.activity.facade;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a list of trainings and events, the calendar or a calendar file asks for, read from its address
 * ({@code /events?lang=es&language=es&topic=falls&when=upcoming&page=2}, {@code /calendar?month=2026-12&view=list}),
 * and the addresses one step away. Unlike the results page's criteria, a value that cannot be right is
 * refused ({@link InvalidCriteria}: the page answers 400 with a message, the calendar file a plain
 * one): a calendar subscription with a mistyped month would otherwise quietly show another month.
 *
 * @param kind     events, trainings or both; null when the address does not say (the page's default)
 * @param offeredIn only activities offered in this language (BCP 47)
 * @param program  an emphasis program code
 * @param alliance an alliance id
 * @param when     null: upcoming (lists); the calendar shows its month whatever the date
 * @param month    the calendar's month; null when not given
 * @param view     the calendar's view; null when not given (month)
 */
public record ActivityCriteria(String language, Kind kind, String offeredIn, String topic, String program, String alliance,
                               When when, int page, YearMonth month, View view) {

    public enum Kind { EVENT, TRAINING, ALL }

    public enum When { UPCOMING, PAST, ANY }

    public enum View { MONTH, LIST }

    public static final int MAX_PAGE = 500;
    static final int MAX_TOPIC = 200;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

    /** A parameter that cannot be right; {@code message} says why, in English, for plain answers and logs. */
    public static class InvalidCriteria extends RuntimeException {
        private final String parameter;

        public InvalidCriteria(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    /** Reads a request's parameters (the first value of each); blank ones count as not given. */
    public static ActivityCriteria from(Map<String, String> parameters, String language) {
        return new ActivityCriteria(language,
                choice(parameters, "kind", Kind.class),
                matching(parameters, "language", "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}", "a language tag such as es or en"),
                topic(parameters),
                matching(parameters, "program", "[A-Za-z0-9][A-Za-z0-9_.-]{0,39}", "an emphasis program code"),
                matching(parameters, "alliance", "[A-Za-z0-9-]{1,64}", "an alliance id"),
                choice(parameters, "when", When.class),
                page(parameters.get("page")),
                month(parameters.get("month")),
                choice(parameters, "view", View.class));
    }

    private static String value(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E choice(Map<String, String> parameters, String name, Class<E> type) {
        String value = value(parameters, name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidCriteria(name, name + " is one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList() + ".");
        }
    }

    private static String matching(Map<String, String> parameters, String name, String pattern, String what) {
        String value = value(parameters, name);
        if (value != null && !value.matches(pattern)) {
            throw new InvalidCriteria(name, name + " is " + what + ".");
        }
        return value;
    }

    private static String topic(Map<String, String> parameters) {
        String value = value(parameters, "topic");
        if (value != null && value.length() > MAX_TOPIC) {
            throw new InvalidCriteria("topic", "topic has at most " + MAX_TOPIC + " characters.");
        }
        return value;
    }

    private static int page(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value.strip());
            if (page >= 1 && page <= MAX_PAGE) {
                return page;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidCriteria("page", "page is a whole number from 1 to " + MAX_PAGE + ".");
    }

    private static YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(value.strip(), MONTH);
            // the days the services can hold (PlausibleDates: 1900-01-01 to 9999-12-31)
            if (month.getYear() >= 1900 && month.getYear() <= 9999) {
                return month;
            }
        } catch (DateTimeException e) {
            // answered below
        }
        throw new InvalidCriteria("month", "month is a year and month, yyyy-mm (e.g. 2026-12), from 1900-01 to 9999-12.");
    }

    public Kind kindOr(Kind fallback) {
        return kind == null ? fallback : kind;
    }

    public When whenOr(When fallback) {
        return when == null ? fallback : when;
    }

    public boolean isListView() {
        return view == View.LIST;
    }

    /** The value of a filter by its parameter name (language, topic, program, alliance), or null. */
    public String filter(String name) {
        return switch (name) {
            case "language" -> offeredIn;
            case "topic" -> topic;
            case "program" -> program;
            case "alliance" -> alliance;
            default -> null;
        };
    }

    /** The same with one filter set (null: removed), from the first page. */
    public ActivityCriteria withFilter(String name, String value) {
        return new ActivityCriteria(language, kind, "language".equals(name) ? value : offeredIn, "topic".equals(name) ? value : topic,
                "program".equals(name) ? value : program, "alliance".equals(name) ? value : alliance, when, 1, month, view);
    }

    public ActivityCriteria withKind(Kind other) {
        return new ActivityCriteria(language, other, offeredIn, topic, program, alliance, when, 1, month, view);
    }

    public ActivityCriteria withWhen(When other) {
        return new ActivityCriteria(language, kind, offeredIn, topic, program, alliance, other, 1, month, view);
    }

    public ActivityCriteria atPage(int other) {
        return new ActivityCriteria(language, kind, offeredIn, topic, program, alliance, when, other, month, view);
    }

    public ActivityCriteria atMonth(YearMonth other) {
        return new ActivityCriteria(language, kind, offeredIn, topic, program, alliance, when, 1, other, view);
    }

    public ActivityCriteria inView(View other) {
        return new ActivityCriteria(language, kind, offeredIn, topic, program, alliance, when, 1, month, other);
    }

    public boolean hasFilters() {
        return offeredIn != null || topic != null || program != null || alliance != null;
    }

    /** The parameters of these criteria, in a fixed order, for a link: {@code ?lang=es&topic=falls}. */
    public String queryString() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("lang", language);
        parameters.put("kind", kind == null ? null : kind.name().toLowerCase(Locale.ROOT));
        parameters.put("language", offeredIn);
        parameters.put("topic", topic);
        parameters.put("program", program);
        parameters.put("alliance", alliance);
        parameters.put("when", when == null ? null : when.name().toLowerCase(Locale.ROOT));
        parameters.put("month", month == null ? null : MONTH.format(month));
        parameters.put("view", view == null ? null : view.name().toLowerCase(Locale.ROOT));
        parameters.put("page", page > 1 ? Integer.toString(page) : null);
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (value != null) {
                query.append(query.length() == 0 ? '?' : '&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    /** "2026-12", for {@code month=} and {@code <time datetime>}. */
    public static String monthValue(YearMonth month) {
        return MONTH.format(month);
    }
}
