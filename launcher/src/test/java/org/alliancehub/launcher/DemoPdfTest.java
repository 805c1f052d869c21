package org.alliancehub.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The demo's PDFs read back with PDFBox's own text stripper, as the content service's extraction reads them. */
class DemoPdfTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2026, 11, 3);

    private final JsonObject demo = DemoContent.demo();
    private final DemoDocuments documents = new DemoDocuments(demo);

    DemoPdfTest() throws IOException {
    }

    @Test
    void aSpanishVersionKeepsItsAccentsAndCarriesBothStatementsInSpanish() throws IOException {
        JsonObject alliance = alliance("MSHA Alliance with the National Stone, Sand and Gravel Association");
        JsonObject material = material(alliance, "NSSGA-FS-07");

        byte[] pdf = DemoPdf.write(documents.of(alliance, material, version(material, "es"), PUBLISHED));

        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(textOf(document))
                    .contains("Cómo prevenir caídas desde equipo móvil")
                    .contains("No refleja necesariamente las opiniones oficiales de MSHA ni del Departamento de Trabajo de los EE. UU.")
                    .contains("Los empleadores son responsables de proporcionar un lugar de trabajo seguro y saludable "
                            + "y los trabajadores tienen derechos.")
                    .contains("HOJA INFORMATIVA")
                    .contains("NSSGA-FS-07 11/2026")
                    .contains("Publicado el 3 de noviembre de 2026");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Cómo prevenir caídas desde equipo móvil");
            assertThat(document.getDocumentInformation().getAuthor())
                    .isEqualTo("National Stone, Sand and Gravel Association; International Union of Operating Engineers");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es");
        }
    }

    @Test
    void everyDemoVersionReadsBackWordForWordInItsLanguage() throws IOException {
        int versions = 0;
        for (JsonObject alliance : demo.getJsonArray("alliances").getValuesAs(JsonObject.class)) {
            for (JsonObject material : alliance.getJsonArray("materials").getValuesAs(JsonObject.class)) {
                for (JsonObject version : material.getJsonArray("versions").getValuesAs(JsonObject.class)) {
                    DemoPdf.Content content = documents.of(alliance, material, version, PUBLISHED);
                    try (PDDocument document = Loader.loadPDF(DemoPdf.write(content))) {
                        String text = textOf(document);
                        String what = material.getString("publicationNumber") + " " + content.language();
                        assertThat(text).as(what).contains(content.title(), content.summary(), content.disclaimer(),
                                content.workerRights());
                        for (JsonString paragraph : version.getJsonArray("body").getValuesAs(JsonString.class)) {
                            assertThat(text).as(what).contains(paragraph.getString());
                        }
                        assertThat(document.getDocumentInformation().getTitle()).as(what).isEqualTo(content.title());
                        assertThat(document.getDocumentCatalog().getLanguage()).as(what).isEqualTo(content.language());
                    }
                    versions++;
                }
            }
        }
        assertThat(versions).isGreaterThanOrEqualTo(20);
    }

    /** The page text with line breaks, where the layout wrapped, read as the spaces they replaced. */
    private static String textOf(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    private JsonObject alliance(String name) {
        return demo.getJsonArray("alliances").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals(name)).findFirst().orElseThrow();
    }

    private static JsonObject material(JsonObject alliance, String publicationNumber) {
        return alliance.getJsonArray("materials").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("publicationNumber").equals(publicationNumber)).findFirst().orElseThrow();
    }

    private static JsonObject version(JsonObject material, String language) {
        return material.getJsonArray("versions").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("language").equals(language)).findFirst().orElseThrow();
    }
}
