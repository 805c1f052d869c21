package org.alliancehub.web.interfaces.staff.facade;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.alliancehub.contracts.content.StaffReports.AllianceActivity;
import org.alliancehub.contracts.content.StaffReports.AnnualActivity;
import org.alliancehub.web.interfaces.web.PortalMessages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The alliance annual activity report as a PDF with real text (PDFBox, the standard Helvetica):
 * the whole program's figures, then each alliance's, as "figure: value" lines, page after page.
 */
public final class AnnualReportPdf {

    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float LEADING = 14;

    private AnnualReportPdf() {
    }

    public static byte[] of(AnnualActivity report, PortalMessages m) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(m.text("report.annual.title"), true));
        lines.add(new Line(m.format("report.annual.period", String.valueOf(report.fiscalYear()), report.from().toString(),
                report.to().toString()), false));
        lines.add(new Line("", false));
        lines.add(new Line(m.text("report.annual.program"), true));
        figures(lines, StaffReportTables.figureHeader(report.program(), m), StaffReportTables.figureValues(report.program()));
        for (AllianceActivity a : report.alliances()) {
            lines.add(new Line("", false));
            lines.add(new Line(a.name() + " (" + a.agency() + ", " + m.text("alliance.level." + a.level()) + ")", true));
            figures(lines, StaffReportTables.figureHeader(a.figures(), m), StaffReportTables.figureValues(a.figures()));
        }
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(m.text("report.annual.title") + " " + report.fiscalYear());
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDRectangle letter = PDRectangle.LETTER;
            int perPage = (int) ((letter.getHeight() - 2 * MARGIN) / LEADING);
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(letter);
                pdf.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                    text.beginText();
                    text.newLineAtOffset(MARGIN, letter.getHeight() - MARGIN);
                    for (Line line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        text.setFont(line.heading() ? bold : regular, SIZE);
                        text.showText(encodable(line.text()));
                        text.newLineAtOffset(0, -LEADING);
                    }
                    text.endText();
                }
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Line(String text, boolean heading) {
    }

    private static void figures(List<Line> lines, List<String> names, List<String> values) {
        for (int i = 0; i < names.size(); i++) {
            lines.add(new Line("    " + names.get(i) + ": " + values.get(i), false));
        }
    }

    /** The standard fonts write Latin-1 (accents and ñ included); anything beyond shows as '?' rather than failing the report. */
    static String encodable(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            plain.append(c >= 0x20 && c < 0x7f || c >= 0xa0 && c <= 0xff ? c : '?');
        }
        return plain.toString();
    }
}
