package org.alliancehub.web.interfaces.staff.facade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.alliancehub.contracts.content.StaffReports.ActivityFigures;
import org.alliancehub.contracts.content.StaffReports.AllianceActivity;
import org.alliancehub.contracts.content.StaffReports.AnnualActivity;
import org.alliancehub.contracts.content.StaffReports.OutreachFigure;
import org.alliancehub.web.interfaces.web.PortalMessages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class StaffReportExportsTest {

    private static ActivityFigures figures(long published, long people) {
        return new ActivityFigures(published, 0, 1, 2, List.of(new OutreachFigure("DISSEMINATION", 3, people),
                new OutreachFigure("SPEECH_OR_EXHIBIT", 0, 0), new OutreachFigure("TRAINING_DELIVERED", 0, 0),
                new OutreachFigure("AGENCY_MATERIAL_REVIEW", 0, 0)), 3, people);
    }

    private static AnnualActivity report(int alliances) {
        List<AllianceActivity> each = new java.util.ArrayList<>();
        for (int i = 0; i < alliances; i++) {
            each.add(new AllianceActivity("a" + i, "Alianza de Seguridad \"Núm. " + i + "\", Región 6", "OSHA", "REGIONAL", figures(i, 10L * i)));
        }
        return new AnnualActivity(2026, LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30), each, figures(99, 12345));
    }

    @Test
    void csvQuotesWhatNeedsItAndDisarmsFormulas() {
        assertThat(CsvTables.field("plain")).isEqualTo("plain");
        assertThat(CsvTables.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvTables.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvTables.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvTables.field("-12")).as("a negative number stays a number").isEqualTo("-12");
        String csv = CsvTables.of(StaffReportTables.annualActivity(report(2), PortalMessages.of(Locale.ENGLISH)));
        assertThat(csv).startsWith("The whole program\r\nFigure,Value\r\nMaterials published,99\r\n");
        assertThat(csv).contains("\r\n\r\nEach alliance\r\nAlliance,Agency,Level,Materials published,");
        assertThat(csv).contains("\"Alianza de Seguridad \"\"Núm. 1\"\", Región 6\",OSHA,Regional or area,1,0,1,2,3,10,0,0,0,0,0,0,3,10\r\n");
    }

    @Test
    void theAnnualPdfIsRealTextInTheReadersLanguageOverAsManyPagesAsItNeeds() throws Exception {
        byte[] pdf = AnnualReportPdf.of(report(60), PortalMessages.of(Locale.forLanguageTag("es")));
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(read.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(read);
            assertThat(text).contains("Informe anual de actividades de las alianzas", "Año fiscal 2026: del 2025-10-01 al 2026-09-30",
                    "Personas alcanzadas: 12345", "Alianza de Seguridad \"Núm. 59\", Región 6 (OSHA, Regional o de área)");
        }
        assertThat(AnnualReportPdf.encodable("Caídas ✓ 中")).isEqualTo("Caídas ? ?");
    }
}
