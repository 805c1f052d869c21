package org.alliancehub.web.interfaces.staff.facade;

import java.util.List;

/**
 * Reports as CSV (RFC 4180): each table under its title, a blank line between tables; fields quoted
 * when they hold a comma, quote or line break. A field a spreadsheet would run as a formula
 * (starting with = + - @ or a tab) gets a leading apostrophe, since partners write the titles.
 */
public final class CsvTables {

    private CsvTables() {
    }

    public static String of(List<ReportTable> tables) {
        StringBuilder csv = new StringBuilder();
        for (ReportTable table : tables) {
            if (!csv.isEmpty()) {
                csv.append("\r\n");
            }
            line(csv, List.of(table.title()));
            line(csv, table.header());
            table.rows().forEach(row -> line(csv, row));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9]+(\\.[0-9]+)?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
