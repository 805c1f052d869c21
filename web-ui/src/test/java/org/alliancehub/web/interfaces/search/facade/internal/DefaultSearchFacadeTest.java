package org.alliancehub.web.interfaces.search.facade.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.alliancehub.contracts.search.SearchContract;
import org.alliancehub.contracts.search.SearchResults;
import org.alliancehub.web.interfaces.search.facade.SearchFacade;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto;
import org.junit.jupiter.api.Test;

/** The portal's side of the search contract. */
class DefaultSearchFacadeTest {

    private static SearchResults answer(String version) {
        SearchResults.Hit hit = new SearchResults.Hit("m-1", "es", false, "Cómo prevenir caídas", "Tres puntos",
                "Cómo prevenir <mark>caídas</mark>", "... <mark>caídas</mark> ...<script>x</script>", "FACT_SHEET", "a-1",
                "Stone, Sand & Gravel Alliance", "MSHA", List.of("falls"), List.of(), List.of(), List.of(), "FS-101",
                LocalDate.of(2024, 3, 1), List.of("en", "es"), 3.2);
        return new SearchResults(version, "caida", 1, 1, 10, List.of(hit),
                Map.of("language", List.of(new SearchResults.FacetCount("es", null, 1))), List.of("falls"), "caídas");
    }

    @Test
    void anAnswerOfThisMajorVersionIsRead() {
        assertThat(DefaultSearchFacade.understood(answer(SearchContract.MAJOR + ".7")).total()).isEqualTo(1);
    }

    @Test
    void anotherMajorVersionIsSearchUnavailableNotAGuess() {
        assertThatThrownBy(() -> DefaultSearchFacade.understood(answer("2.0")))
                .isInstanceOf(SearchFacade.SearchUnavailable.class)
                .hasMessageContaining("2.0");
    }

    @Test
    void relatedMaterialsOfAnotherMajorVersionAreLeftOutNotGuessed() {
        SearchResults.Hit hit = answer("1.0").hits().get(0);
        org.alliancehub.web.infrastructure.client.SearchServiceApi api = new org.alliancehub.web.infrastructure.client.SearchServiceApi() {
            @Override
            public SearchResults search(String q, String lang, String language, String type, String topic, String industry,
                                        String audience, String program, String alliance, String agency, String published,
                                        String from, String sort, Integer page, Integer size) {
                throw new UnsupportedOperationException();
            }

            @Override
            public org.alliancehub.contracts.search.RelatedMaterials related(String materialId, String lang, Integer size) {
                return new org.alliancehub.contracts.search.RelatedMaterials("m-9".equals(materialId) ? "2.0" : "1.1", materialId,
                        List.of(), List.of(hit));
            }
        };
        DefaultSearchFacade facade = new DefaultSearchFacade();
        facade.content = new org.alliancehub.web.infrastructure.client.ContentServiceClient();
        facade.client = new org.alliancehub.web.infrastructure.client.SearchServiceClient() {
            @Override
            public org.alliancehub.web.infrastructure.client.SearchServiceApi api() {
                return api;
            }
        };
        assertThat(facade.related("m-2", java.util.Locale.forLanguageTag("es"))).singleElement().satisfies(h -> assertThat(h.materialId()).isEqualTo("m-1"));
        assertThat(facade.related("m-9", java.util.Locale.forLanguageTag("es"))).isEmpty();
    }
}
