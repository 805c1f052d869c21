package org.alliancehub.web.interfaces.program.facade;

import java.util.List;

import org.alliancehub.web.interfaces.activity.facade.ActivityDigest;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto;

/**
 * An emphasis program's page: its name in the reader's language and in the other one, and what
 * supports it. Records, read with method calls in the page.
 */
public record ProgramPageDto(ProgramSummaryDto program, String otherName, String otherLanguage,
                             List<SearchPageDto.HitDto> materials, long materialCount, String materialsQuery,
                             List<ActivityDigest> activities) {

    /** A program in a list: code (its page's address), name, agency, scope and whether it is in force. */
    public record ProgramSummaryDto(String code, String name, String agency, String scopeLabel, boolean active, String period) {
    }
}
