package org.alliancehub.web.interfaces.search.facade.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.alliancehub.web.infrastructure.client.ServiceUnavailable;
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
                LocalDate.of(2024, 3, 1), List.of("en", "es"), null, 3.2, false);
        return new SearchResults(version, "caida", 1, 1, 10, List.of(hit),
                Map.of("language", List.of(new SearchResults.FacetCount("es", null, 1))), List.of("falls"), "caídas", null);
    }

    @Test
    void anAnswerOfThisMajorVersionIsRead() {
        assertThat(DefaultSearchFacade.understood(answer(SearchContract.MAJOR + ".7")).total()).isEqualTo(1);
    }

    @Test
    void anotherMajorVersionIsSearchUnavailableNotAGuess() {
        assertThatThrownBy(() -> DefaultSearchFacade.understood(answer("2.0")))
                .isInstanceOf(ServiceUnavailable.class)
                .hasMessageContaining("2.0");
    }

    @Test
    void relatedMaterialsOfAnotherMajorVersionAreLeftOutNotGuessed() {
        SearchResults.Hit hit = answer("1.0").hits().get(0);
        // only related() is asked: a proxy answers it and refuses anything else
        org.alliancehub.web.infrastructure.client.SearchServiceApi api = (org.alliancehub.web.infrastructure.client.SearchServiceApi)
                java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {org.alliancehub.web.infrastructure.client.SearchServiceApi.class}, (proxy, method, args) -> {
                            if (!method.getName().equals("related")) {
                                throw new UnsupportedOperationException(method.getName());
                            }
                            String materialId = (String) args[0];
                            return new org.alliancehub.contracts.search.RelatedMaterials("m-9".equals(materialId) ? "2.0" : "1.1",
                                    materialId, List.of(), List.of(hit));
                        });
        DefaultSearchFacade facade = new DefaultSearchFacade();
        facade.content = new org.alliancehub.web.infrastructure.client.ContentServiceClient();
        facade.programs = new org.alliancehub.web.infrastructure.client.EmphasisProgramDirectory() {
            @Override
            public java.util.function.Function<String, String> names(String language) {
                return code -> code;
            }
        };
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
