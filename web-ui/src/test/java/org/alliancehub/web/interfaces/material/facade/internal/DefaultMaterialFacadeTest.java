package org.alliancehub.web.interfaces.material.facade.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.alliancehub.web.infrastructure.client.ServiceUnavailable;
import org.alliancehub.contracts.content.PublicMaterial;
import org.alliancehub.contracts.feed.MaterialDocument;
import org.alliancehub.contracts.feed.ProgramReference;
import org.alliancehub.web.interfaces.material.facade.MaterialFacade;
import org.alliancehub.web.interfaces.material.facade.MaterialPageDto;
import org.alliancehub.web.interfaces.web.PortalMessages;
import org.junit.jupiter.api.Test;

/** The portal's side of the content contract: a published material becomes its page. */
class DefaultMaterialFacadeTest {

    private static PublicMaterial material(String contract, String englishTitle) {
        OffsetDateTime at = OffsetDateTime.parse("2024-06-01T10:00Z");
        return new PublicMaterial(contract, "m-1", "a-1", "Scaffold Safety Alliance", "OSHA", List.of("Consulado de Guatemala"),
                "FACT_SHEET", "FS-3151", LocalDate.of(2024, 6, 1), List.of("scaffolds"), List.of(), List.of(),
                List.of(new ProgramReference("NEP-FALLS", "Falls", "Caídas", List.of())), at, at,
                List.of(new MaterialDocument.Version("en", englishTitle, "Inspect planks.", null, false, at, null, null, null),
                        new MaterialDocument.Version("es", "Tablones seguros", "Inspeccione los tablones.", null, true, at,
                                new MaterialDocument.File("tablones.pdf", "application/pdf", 2048, "ab"), new MaterialDocument.Extraction(3), null)));
    }

    private static final PortalMessages SPANISH = PortalMessages.of(java.util.Locale.forLanguageTag("es"));
    private static final PortalMessages ENGLISH = PortalMessages.of(java.util.Locale.ENGLISH);

    private static String href(String id, String language) {
        return "/content/api/materials/" + id + "/versions/" + language + "/file";
    }

    @Test
    void theReadersLanguageIsShownFirstWithItsDownloadAndTheOthersOffered() {
        MaterialPageDto page = DefaultMaterialFacade.assemble(material("1.0", "Planks that hold"), SPANISH, DefaultMaterialFacadeTest::href);
        assertThat(page.shown().title()).isEqualTo("Tablones seguros");
        assertThat(page.shown().downloadHref()).isEqualTo("/content/api/materials/m-1/versions/es/file");
        assertThat(page.shown().format()).isEqualTo("PDF");
        assertThat(page.shown().sizeLabel()).isEqualTo("2 KB");
        assertThat(page.publicationDateLabel()).as("formatted for the reader").isEqualTo(SPANISH.date(page.publicationDate() == null ? null : java.time.LocalDate.parse(page.publicationDate())));
        assertThat(page.shown().pageCount()).isEqualTo(3);
        assertThat(page.shown().translationOutdated()).isTrue();
        assertThat(page.versions()).extracting(MaterialPageDto.VersionDto::language).containsExactly("es", "en");
        assertThat(page.otherVersions()).extracting(MaterialPageDto.VersionDto::language).containsExactly("en");
        assertThat(page.otherVersions().get(0).downloadHref()).as("no file, no download").isNull();
        assertThat(page.programs()).extracting(MaterialPageDto.ProgramDto::name).containsExactly("Caídas");
        assertThat(page.onlyInLabel()).as("the reader's language is there").isNull();
        assertThat(DefaultMaterialFacade.assemble(material("1.0", "Planks"), PortalMessages.of(java.util.Locale.FRENCH),
                DefaultMaterialFacadeTest::href).onlyInLabel()).as("the fallback is marked, naming the language shown").contains("anglais");
        // a version asked for by its tag, whatever the reader's language
        assertThat(DefaultMaterialFacade.assemble(material("1.0", "Planks"), ENGLISH, DefaultMaterialFacadeTest::href, "ES").shown().language())
                .isEqualTo("es");
        assertThat(DefaultMaterialFacade.assemble(material("1.0", "Planks"), ENGLISH, DefaultMaterialFacadeTest::href, "pt-BR").shown().language())
                .as("a version it lacks: the reader's language").isEqualTo("en");
        // a reader's language the material lacks: its first version
        assertThat(DefaultMaterialFacade.assemble(material("1.0", "Planks"), PortalMessages.of(java.util.Locale.FRENCH), DefaultMaterialFacadeTest::href).shown().language())
                .isEqualTo("en");
    }

    @Test
    void theStructuredDataCannotCloseItsScriptElement() {
        MaterialPageDto page = DefaultMaterialFacade.assemble(material("1.0", "Planks</script><script>alert(1)</script>"), ENGLISH,
                DefaultMaterialFacadeTest::href);
        assertThat(page.jsonLd()).contains("\"@type\":\"DigitalDocument\"").contains("\"inLanguage\":\"en\"")
                .doesNotContain("</script>").doesNotContain("<");
    }

    @Test
    void anotherMajorVersionIsUnavailableNotAGuess() {
        assertThatThrownBy(() -> DefaultMaterialFacade.assemble(material("2.0", "Planks"), ENGLISH, DefaultMaterialFacadeTest::href))
                .isInstanceOf(ServiceUnavailable.class).hasMessageContaining("2.0");
    }
}
