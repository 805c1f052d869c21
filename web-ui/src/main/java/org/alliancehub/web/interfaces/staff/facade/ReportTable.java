package org.alliancehub.web.interfaces.staff.facade;

import java.util.List;

/**
 * One table of a staff report, already in the reader's language: shown in the page (the first
 * column heads its row), written to CSV and PDF from the same cells, so the three always agree.
 * {@code rowLinks} holds, for each row, where its first cell leads in the page (blank: nowhere);
 * empty when no row leads anywhere. Exports leave the links out.
 */
public record ReportTable(String id, String title, List<String> header, List<List<String>> rows, List<String> rowLinks) {

    public ReportTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        rowLinks = List.copyOf(rowLinks);
        if (!rowLinks.isEmpty() && rowLinks.size() != rows.size()) {
            throw new IllegalArgumentException("A table's links go one per row.");
        }
    }

    public ReportTable(String id, String title, List<String> header, List<List<String>> rows) {
        this(id, title, header, rows, List.of());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Where row {@code index}'s first cell leads, or "" when it leads nowhere. */
    public String linkOf(int index) {
        return rowLinks.isEmpty() ? "" : rowLinks.get(index);
    }
}
