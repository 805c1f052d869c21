package org.alliancehub.web.interfaces.search.facade.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alliancehub.contracts.search.SearchContract;
import org.alliancehub.contracts.search.SearchResults;
import org.alliancehub.contracts.search.SearchResults.FacetCount;
import org.alliancehub.web.interfaces.search.facade.SearchCriteria;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto;
import org.alliancehub.web.interfaces.web.PortalMessages;
import org.junit.jupiter.api.Test;

class SearchPageAssemblerTest {

    private static final SearchPageAssembler SPANISH = new SearchPageAssembler(PortalMessages.of(Locale.forLanguageTag("es")),
            code -> "HEAT".equals(code) ? "Calor" : code, (id, language) -> "/content/api/materials/" + id + "/versions/" + language + "/file");

    private static SearchResults.Hit hit(String id, String language, boolean otherLanguage) {
        return new SearchResults.Hit(id, language, otherLanguage, "Heat illness", "Water, rest, shade", "<mark>Heat</mark> illness",
                "Drink <mark>water</mark><img src=x>", "FACT_SHEET", "a-1", "Roofers Alliance", "OSHA", List.of("Heat"), List.of(),
                List.of(), List.of("HEAT"), "FS-1", LocalDate.of(2026, 11, 3), List.of(language), new SearchResults.Download("heat.pdf", "application/pdf", 1_288_490, 2), 1.0, false);
    }

    private static SearchResults results(long total, List<SearchResults.Hit> hits, Map<String, List<FacetCount>> facets) {
        return new SearchResults(SearchContract.VERSION, "calor", total, 1, 10, hits, facets, List.of(), null, null);
    }

    @Test
    void facetValuesAreLabelledInTheReadersLanguageWithCountsAndTheLinkThatSelectsOrRemovesThem() {
        SearchCriteria criteria = SearchCriteria.from(Map.of("q", "calor", "type", "FACT_SHEET"), "es");
        SearchPageDto page = SPANISH.page(criteria, results(42, List.of(hit("m-1", "en", true)), Map.of(
                "type", List.of(new FacetCount("FACT_SHEET", null, 30), new FacetCount("POSTER", null, 12)),
                "language", List.of(new FacetCount("en", null, 40), new FacetCount("es", null, 2)),
                "program", List.of(new FacetCount("HEAT", null, 42)),
                "alliance", List.of(new FacetCount("a-1", "Roofers Alliance", 40), new FacetCount("a-2", "Growers", 2)),
                "published", List.of(new FacetCount("PAST_YEAR", null, 5), new FacetCount("OLDER", null, 37)))), null);

        assertThat(page.facets()).extracting(SearchPageDto.FacetDto::name)
                .as("in the page's order; a program every hit supports narrows nothing").containsExactly("language", "type", "alliance", "published");
        SearchPageDto.FacetDto type = page.facets().get(1);
        assertThat(type.heading()).isEqualTo("Tipo");
        assertThat(type.values()).extracting(SearchPageDto.FacetValueDto::label).containsExactly("Hoja informativa", "Póster");
        assertThat(type.values().get(0).selected()).isTrue();
        assertThat(type.values().get(0).query()).as("the selected value's link removes it").isEqualTo("?q=calor&lang=es");
        assertThat(type.values().get(1).query()).isEqualTo("?q=calor&lang=es&type=POSTER");
        assertThat(page.facets().get(0).values()).extracting(SearchPageDto.FacetValueDto::label).containsExactly("Inglés", "Español");
        assertThat(page.facets().get(2).values().get(0).label()).isEqualTo("Roofers Alliance");
        assertThat(page.facets().get(3).values().get(0).label()).isEqualTo("En el último año");

        assertThat(page.selected()).singleElement().satisfies(filter -> {
            assertThat(filter.label()).isEqualTo("Hoja informativa");
            assertThat(filter.removeQuery()).isEqualTo("?q=calor&lang=es");
            assertThat(filter.removeLabel()).isEqualTo("Quitar el filtro Tipo: Hoja informativa");
        });
        assertThat(page.sorts()).extracting(SearchPageDto.SortDto::label).containsExactly("Relevancia", "Más recientes", "Título");
        assertThat(page.sorts().get(0).current()).as("a query sorts by relevance by default").isTrue();
    }

    @Test
    void aHitNotInTheReadersLanguageIsMarkedAndItsHighlightsCarryNoMarkupButMark() {
        SearchPageDto.HitDto shown = SPANISH.hits(List.of(hit("m-1", "en", true))).get(0);
        assertThat(shown.onlyInLabel()).isEqualTo("Solo en inglés");
        assertThat(shown.typeLabel()).isEqualTo("Hoja informativa");
        assertThat(shown.snippetHtml()).isEqualTo("Drink <mark>water</mark>&lt;img src=x&gt;");
        assertThat(shown.publicationDate()).isEqualTo(PortalMessages.of(Locale.forLanguageTag("es")).date(LocalDate.of(2026, 11, 3)));
        assertThat(SPANISH.hits(List.of(hit("m-2", "es", false))).get(0).onlyInLabel()).isNull();
        assertThat(shown.download().href()).isEqualTo("/content/api/materials/m-1/versions/en/file");
        assertThat(shown.download().format()).isEqualTo("PDF");
        assertThat(shown.download().size()).isEqualTo("1,2 MB");
        assertThat(shown.download().label()).isEqualTo("Descargar «Heat illness»: PDF, 1,2 MB");
    }

    @Test
    void thePagerNamesEveryPageItShowsAndLeavesGapsBetween() {
        SearchCriteria criteria = SearchCriteria.from(Map.of("q", "calor", "page", "6"), "es");
        List<SearchPageDto.PageLinkDto> pager = SPANISH.pager(criteria, 12);
        assertThat(pager).extracting(p -> p.gap() ? "…" : Long.toString(p.number()))
                .containsExactly("1", "…", "4", "5", "6", "7", "8", "…", "12");
        assertThat(pager.get(4).current()).isTrue();
        assertThat(pager.get(4).label()).as("formatted, not the pattern").isEqualTo("Página 6 de 12");
        assertThat(pager.get(0).query()).isEqualTo("?q=calor&lang=es");
        assertThat(SPANISH.pager(criteria, 1)).as("one page needs no pager").isEmpty();
    }

    @Test
    void nothingFoundOffersTheWordsWithoutFiltersEachWordAloneAndTopicsAndTypesToBrowse() {
        SearchCriteria criteria = SearchCriteria.from(Map.of("q", "andamio zanja", "type", "POSTER"), "es");
        SearchResults collection = results(50, List.of(), Map.of(
                "topic", List.of(new FacetCount("Falls", null, 20), new FacetCount("Heat", null, 10)),
                "type", List.of(new FacetCount("FACT_SHEET", null, 30))));
        SearchPageDto page = SPANISH.page(criteria, new SearchResults(SearchContract.VERSION, "andamio zanja", 0, 1, 10, List.of(),
                Map.of(), List.of(), "andamios zanjas", null), collection);
        assertThat(page.didYouMeanQuery()).isEqualTo("?q=andamios+zanjas&lang=es&type=POSTER");
        assertThat(page.broader()).extracting(SearchPageDto.LinkDto::query)
                .containsExactly("?q=andamio+zanja&lang=es", "?q=andamio&lang=es", "?q=zanja&lang=es");
        assertThat(page.browse()).extracting(SearchPageDto.LinkDto::label).containsExactly("Falls", "Heat", "Hoja informativa");
        assertThat(page.browse().get(0).query()).isEqualTo("?lang=es&topic=Falls");
    }

    @Test
    void wordsThatFoundNothingSayWhatIsShownInsteadAndOfferTheWordsAsTyped() {
        SearchCriteria criteria = SearchCriteria.from(Map.of("q", "sanjas", "type", "POSTER"), "es");
        SearchResults spelled = new SearchResults(SearchContract.VERSION, "sanjas", 3, 1, 10, List.of(hit("m-1", "es", false)), Map.of(),
                List.of(), "zanjas", new SearchResults.Recovery(SearchResults.Recovery.SPELLING, "zanjas"));
        SearchPageDto page = SPANISH.page(criteria, spelled, null);
        assertThat(page.showingResultsFor()).isEqualTo("zanjas");
        assertThat(page.didYouMean()).as("the hits already are the suggestion's").isNull();
        assertThat(page.someWords()).isFalse();
        assertThat(page.asTypedQuery()).isEqualTo("?q=sanjas&lang=es&type=POSTER&verbatim=true");
        SearchCriteria asTyped = SearchCriteria.from(Map.of("q", "sanjas", "verbatim", "true"), "es");
        assertThat(asTyped.verbatim()).isTrue();
        assertThat(asTyped.atPage(2).queryString()).as("paging keeps the words as typed").isEqualTo("?q=sanjas&lang=es&page=2&verbatim=true");
        assertThat(asTyped.withQuery("zanjas").verbatim()).as("other words recover again").isFalse();

        SearchResults some = new SearchResults(SearchContract.VERSION, "tractor volteado ladera", 2, 1, 10, List.of(hit("m-2", "es", false)),
                Map.of(), List.of(), null, new SearchResults.Recovery(SearchResults.Recovery.SOME_WORDS, "tractor volteado ladera"));
        SearchPageDto partly = SPANISH.page(SearchCriteria.from(Map.of("q", "tractor volteado ladera"), "es"), some, null);
        assertThat(partly.someWords()).isTrue();
        assertThat(partly.showingResultsFor()).isNull();
        assertThat(partly.asTypedQuery()).isEqualTo("?q=tractor+volteado+ladera&lang=es&verbatim=true");
        assertThat(results(1, List.of(hit("m-3", "es", false)), Map.of()).recovery()).isNull();
        assertThat(SPANISH.page(SearchCriteria.from(Map.of("q", "calor"), "es"), results(1, List.of(hit("m-3", "es", false)), Map.of()), null)
                .asTypedQuery()).as("found as typed: nothing to offer").isNull();
    }
}
