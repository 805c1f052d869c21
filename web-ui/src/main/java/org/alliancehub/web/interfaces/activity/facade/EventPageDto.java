package org.alliancehub.web.interfaces.activity.facade;

import java.util.List;

/**
 * A published event as its page shows it ({@code /event?id=…}). Texts are plain, for the page to
 * escape; the links that leave the portal are not here: the page builds them with {@code exitLinks},
 * which sends readers through the exit notice.
 *
 * @param when        its date and times on its own clocks, the zone named
 * @param startIso    the start as an instant with offset, for {@code <time datetime>}
 * @param where       its place; null when it is online only
 * @param online      it can be followed online (it has an online link)
 * @param onlyInLabel "Only in English", "Solo en inglés" when not offered in the reader's language, else null
 * @param past        it has ended
 * @param month       its start's month on its own clocks (yyyy-mm), for the calendar link
 */
public record EventPageDto(String id, String title, String kindLabel, String description, String when, String startIso,
                           String endIso, String timeZone, String where, boolean online, boolean hasRegistration,
                           List<String> languages, String onlyInLabel, String allianceId, String allianceName, String agency,
                           List<ProgramDto> programs, boolean past, String month) {

    /** An emphasis program: its code (for {@code /program?code=}) and its name in the reader's language. */
    public record ProgramDto(String code, String name) {
    }
}
