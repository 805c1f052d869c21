package org.alliancehub.web.interfaces.staff.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.alliancehub.contracts.search.QueryReport;
import org.alliancehub.contracts.search.QueryReport.QueryCount;
import org.alliancehub.web.interfaces.web.PortalMessages;
import org.junit.jupiter.api.Test;

class ContentGapTablesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);

    private static QueryReport report(String language, String program, long searches, long zero, List<QueryCount> top,
                                      List<QueryCount> nothing) {
        return new QueryReport("1.2", FROM, TO, language, program, searches, zero, searches == 0 ? 0 : (double) zero / searches,
                top, nothing, 0);
    }

    private static ContentGapTables.Reports spanishReaders(String program) {
        QueryReport spanish = report("es", program, 8, 3, List.of(new QueryCount("caidas", 5, 0, 4), new QueryCount("silos & granos", 3, 3, 0)),
                List.of(new QueryCount("silos & granos", 3, 3, 0)));
        return new ContentGapTables.Reports(spanish, List.of(report(null, program, 12, 3, List.of(), List.of()),
                report("en", program, 4, 0, List.of(), List.of()), spanish));
    }

    @Test
    void totalsPerReaderLanguageThenTheChosenReadersQueriesEachLeadingToTheirSearch() {
        List<ReportTable> tables = ContentGapTables.of(spanishReaders("GRAIN"), "/portal/results", PortalMessages.of(Locale.ENGLISH));
        assertThat(tables).extracting(ReportTable::id).containsExactly("search-totals", "search-top", "search-zero");
        assertThat(tables.get(0).rows()).containsExactly(List.of("Every reader", "12", "3", "25.0"), List.of("English", "4", "0", "0.0"),
                List.of("Spanish", "8", "3", "37.5"));
        assertThat(tables.get(0).linkOf(0)).as("totals lead nowhere").isEmpty();
        assertThat(tables.get(1).rows()).as("with how often a result was opened")
                .containsExactly(List.of("caidas", "5", "0", "4"), List.of("silos & granos", "3", "3", "0"));
        assertThat(tables.get(2).rows()).containsExactly(List.of("silos & granos", "3", "3"));
        assertThat(tables.get(2).linkOf(0)).as("in the readers' language and program, the words encoded")
                .isEqualTo("/portal/results?q=silos+%26+granos&lang=es&program=GRAIN");
    }

    @Test
    void everyReadersQueriesOpenInThePagesLanguageAndExportsCarryNoLinks() {
        QueryReport all = report(null, null, 2, 1, List.of(new QueryCount("andamios", 2, 1, 0)), List.of(new QueryCount("andamios", 2, 1, 0)));
        var reports = new ContentGapTables.Reports(all, List.of(all, report("en", null, 0, 0, List.of(), List.of()),
                report("es", null, 2, 1, List.of(), List.of())));
        List<ReportTable> spanishPage = ContentGapTables.of(reports, "/results", PortalMessages.of(Locale.forLanguageTag("es")));
        assertThat(spanishPage.get(1).linkOf(0)).isEqualTo("/results?q=andamios&lang=es");
        assertThat(spanishPage.get(0).header()).containsExactly("Lectores", "Búsquedas", "Sin resultados", "Sin resultados (%)");
        assertThat(spanishPage.get(0).rows().get(1)).as("no searches is a rate of nothing, not a division by zero")
                .containsExactly("Inglés", "0", "0", "0.0");
        String csv = CsvTables.of(ContentGapTables.of(reports, null, PortalMessages.of(Locale.ENGLISH)));
        assertThat(csv).contains("Searched and found nothing\r\nQuery,Found nothing,Searches\r\nandamios,1,2\r\n").doesNotContain("/results");
    }

    @Test
    void aTableTakesOneLinkPerRowOrNone() {
        assertThatThrownBy(() -> new ReportTable("t", "T", List.of("a"), List.of(List.of("x"), List.of("y")), List.of("/one")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ReportTable("t", "T", List.of("a"), List.of(List.of("x"))).linkOf(0)).isEmpty();
    }
}
