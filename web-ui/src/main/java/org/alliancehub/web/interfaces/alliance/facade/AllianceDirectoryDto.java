package org.alliancehub.web.interfaces.alliance.facade;

import java.util.List;

/** A page of the alliance directory. Records, read with method calls in the page. */
public record AllianceDirectoryDto(AllianceFilter filter, List<AllianceSummaryDto> alliances, long total, long pages,
                                   String previousQuery, String nextQuery, String pageLabel) {

    /** One alliance in the list: labels are in the reader's language. */
    public record AllianceSummaryDto(String id, String name, String agency, String levelLabel, String regionOrOffice,
                                     String statusLabel, boolean active, boolean ambassador, String signedOn,
                                     List<String> participants) {
    }
}
