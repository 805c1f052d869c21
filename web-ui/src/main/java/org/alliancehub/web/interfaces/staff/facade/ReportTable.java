package org.alliancehub.web.interfaces.staff.facade;

import java.util.List;

/**
 * One table of a staff report, already in the reader's language: shown in the page (the first
 * column heads its row), written to CSV and PDF from the same cells, so the three always agree.
 */
public record ReportTable(String id, String title, List<String> header, List<List<String>> rows) {

    public ReportTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
