package org.turath.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;
import org.turath.shared.Language;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader types finds what they mean, on the real names of the imported List: every Arabic,
 * French and English spelling rule, misspellings, and names typed in another language.
 */
@IntegrationTest
class SearchBehaviourTests {

    @Autowired
    RegistryFixture registry;

    @Autowired
    SearchApi search;

    @BeforeEach
    void demoData() {
        registry.demoData();
    }

    @ParameterizedTest(name = "[{index}] {2}: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            ابو مينا                  | 90   | alef without hamza finds أبو مينا
            إبو مينا                  | 90   | alef with the other hamza finds أبو مينا
            اثار الفيهارا البوذي       | 322  | alef madda (آثار) typed as plain alef
            مدينه فاس                 | 170  | haa typed for taa marbuta (مدينة)
            مدينة بصري                | 22   | yaa typed for alef maqsura (بصرى)
            مَدِينَةُ فَاسٍ              | 170  | diacritics typed
            مديـــنة فـــاس             | 170  | tatweel typed
            قدس                       | 148  | without the article (القدس)
            اسوار القدس               | 148  | without the prefix و and the suffix ها (وأسوارها)
            والقدس                    | 148  | with a prefix the name does not have
            بيرسبوليس                  | 114  | Arabic name while reading in another language
            """)
    void arabicSpellingRules(String typed, int unescoId, String rule) {
        assertThat(topReferences(typed, Language.EN, 5)).as(rule).contains(registry.referenceOf(unescoId));
    }

    @ParameterizedTest(name = "[{index}] {2}: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            medina de fes             | 170 | accents ignored
            MÉDINA DE FÈS             | 170 | case and accents ignored
            parc national ichkeul     | 8   | elision: l'Ichkeul found by Ichkeul
            parc d'ichkeul            | 8   | elision typed differently
            médinas fès               | 170 | light stemming: plural
            persépolis                | 114 | French name while reading in Arabic
            """)
    void frenchSpellingRules(String typed, int unescoId, String rule) {
        assertThat(topReferences(typed, Language.AR, 5)).as(rule).contains(registry.referenceOf(unescoId));
    }

    @ParameterizedTest(name = "[{index}] {2}: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            bamiyan valleys           | 208  | stemming: plural
            BAMIYAN                   | 208  | case
            hima cultural area        | 1619 | diacritics of a transliteration (Ḥimā)
            Bamyian                   | 208  | misspelt: letters swapped
            Persepolsi                | 114  | misspelt: letters swapped at the end
            Jerusalem's walls         | 148  | possessive
            """)
    void englishSpellingRulesAndMisspellings(String typed, int unescoId, String rule) {
        assertThat(topReferences(typed, Language.FR, 5)).as(rule).contains(registry.referenceOf(unescoId));
    }

    @Test
    void anExactMatchOutranksAMisspeltOne() {
        List<String> top = topReferences("Persepolis", Language.EN, 3);
        assertThat(top.get(0)).isEqualTo(registry.referenceOf(114));
    }

    @Test
    void matchedWordsAreMarkedInTheReadersLanguageAndTheRestIsEscaped() {
        SearchResult result = search.search(SearchQuery.text("Fès", Language.FR));
        SearchResult.Hit fez = result.hits().stream().filter(hit -> hit.reference().equals(registry.referenceOf(170))).findFirst().orElseThrow();
        assertThat(fez.nameHighlight().html()).isEqualTo("Médina de <mark>Fès</mark>");
        assertThat(fez.snippet().html()).contains("<mark>").doesNotContain("<p>").doesNotContain("<script");
    }

    @Test
    void everyFacetCountEqualsTheResultsOfApplyingThatFilter() {
        SearchQuery medina = SearchQuery.text("medina", Language.EN);
        SearchResult result = search.search(medina);
        assertThat(result.total()).isPositive();
        int checked = 0;
        for (Map.Entry<String, List<SearchResult.FacetCount>> facet : result.facets().entrySet()) {
            for (SearchResult.FacetCount value : facet.getValue()) {
                SearchQuery filtered = withFacet(medina, facet.getKey(), value.value());
                assertThat(search.search(filtered).total()).as("%s=%s", facet.getKey(), value.value()).isEqualTo(value.count());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
        // and the facet values add up: every heritage result has exactly one kind (museums and publications have none)
        SearchResult heritage = search.search(withFacet(medina, "type", "HERITAGE"));
        assertThat(heritage.total()).isPositive();
        assertThat(heritage.facets().get("kind").stream().mapToLong(SearchResult.FacetCount::count).sum()).isEqualTo(heritage.total());
    }

    @Test
    void facetsCombineAndUpdateTogether() {
        SearchQuery moroccoCultural = new SearchQuery(Optional.empty(), Set.of(), Set.of("TANGIBLE_CULTURAL"), Set.of(), Set.of("MA"),
                Set.of(), Set.of(), Set.of(), false, Optional.empty(), Optional.empty(), Optional.empty(), Language.EN,
                Optional.empty(), 50);
        SearchResult result = search.search(moroccoCultural);
        assertThat(result.total()).isEqualTo(9);
        assertThat(result.facets().get("state")).extracting(SearchResult.FacetCount::value).containsExactly("MA");
        assertThat(result.facets().get("kind")).singleElement().satisfies(kind -> assertThat(kind.selected()).isTrue());
        assertThat(result.facets().get("decade").stream().mapToLong(SearchResult.FacetCount::count).sum()).isEqualTo(9);
    }

    @Test
    void walkingAllResultsByNameGivesEachOnceInTheLanguagesOrder() {
        assertEveryResultOnce(Optional.of(SearchSort.NAME));
        assertEveryResultOnce(Optional.of(SearchSort.YEAR));
        assertEveryResultOnce(Optional.of(SearchSort.RELEVANCE));
    }

    @Test
    void searchingNearAnItemOrInsideABoxKeepsToThatArea() {
        SearchQuery nearFez = new SearchQuery(Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false,
                Optional.empty(), Optional.of(new SearchQuery.Circle(34.06, -4.98, 250)), Optional.empty(), Language.EN, Optional.empty(), 50);
        SearchResult near = search.search(nearFez);
        assertThat(near.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.states()).contains("MA"));
        assertThat(near.hits().get(0).reference()).isEqualTo(registry.referenceOf(170));

        SearchQuery maghreb = new SearchQuery(Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false,
                Optional.of(new SearchQuery.Box(27, -13, 37.5, 12)), Optional.empty(), Optional.empty(), Language.EN, Optional.empty(), 100);
        SearchResult box = search.search(maghreb);
        assertThat(box.hits()).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.latitude()).isBetween(27.0, 37.5);
            assertThat(hit.longitude()).isBetween(-13.0, 12.0);
        });
        assertThat(search.markers(maghreb, 1000)).hasSize((int) box.total());
    }

    @Test
    void aForgedRelevanceCursorCannotAskForAnEnormousPage() {
        String far = org.turath.shared.KeysetCursor.of("O:RELEVANCE", "999999").encode();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> search.search(SearchQuery.text("medina", Language.EN).withCursor(far)))
                .isInstanceOf(org.turath.shared.InvalidRequestException.class);
        String byNameCursorForRelevance = org.turath.shared.KeysetCursor.of("NAME", "abc").encode();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> search.search(SearchQuery.text("medina", Language.EN)
                .withCursor(byNameCursorForRelevance))).isInstanceOf(org.turath.shared.InvalidRequestException.class);
    }

    @Test
    void suggestionsCompleteNamesInAnyLanguage() {
        assertThat(search.suggest("pers", Language.EN, 8)).extracting(Suggestion::name).contains("Persepolis");
        assertThat(search.suggest("بيرسب", Language.EN, 8)).extracting(Suggestion::reference).contains(registry.referenceOf(114));
        // typed without its hamza, as most people type it, the name still completes
        assertThat(search.suggest("ابو مي", Language.AR, 8)).extracting(Suggestion::reference).contains(registry.referenceOf(90));
        assertThat(search.suggest("p", Language.EN, 8)).isEmpty();
        assertThat(search.suggest("فاس", Language.AR, 8)).extracting(Suggestion::name).contains("مدينة فاس");
    }

    @Test
    void theHeritageThesaurusFindsSynonymsAndBrokenPluralsInTheThreeLanguages() {
        long arabic = total("مسجد", Language.AR);
        long english = total("mosque", Language.EN);
        long french = total("mosquée", Language.FR);
        // one group: the Arabic word finds what the English and French words find, and the other way round
        assertThat(arabic).isGreaterThanOrEqualTo(english).isEqualTo(total("جامع", Language.AR)).isEqualTo(english).isEqualTo(french);
        // a broken plural with the conjunction and the article, as in Fez's description
        assertThat(topReferences("والمساجد فاس", Language.AR, 5)).contains(registry.referenceOf(170));
        assertThat(topReferences("قلاع", Language.EN, 50)).isNotEmpty()
                .containsAll(topReferences("citadel", Language.EN, 50).stream().limit(3).toList());
        // a word outside the thesaurus is searched as typed
        assertThat(total("بيرسبوليس", Language.AR)).isEqualTo(1);
    }

    private long total(String typed, Language language) {
        return search.search(SearchQuery.text(typed, language)).total();
    }

    private void assertEveryResultOnce(Optional<SearchSort> sort) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> names = new java.util.ArrayList<>();
        SearchQuery query = new SearchQuery(Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                false, Optional.empty(), Optional.empty(), sort, Language.AR, Optional.empty(), 37);
        Optional<String> cursor = Optional.empty();
        long total = -1;
        do {
            SearchResult page = search.search(cursor.map(query::withCursor).orElse(query));
            total = total < 0 ? page.total() : total;
            page.hits().forEach(hit -> {
                assertThat(seen.add(hit.reference())).as("%s shown twice in %s order", hit.reference(), sort).isTrue();
                names.add(hit.name().resolve(Language.AR).orElseThrow().text());
            });
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        // every document once: the 246 items, and whatever publications other tests have left
        assertThat(seen).hasSize((int) total);
        assertThat(seen.stream().filter(reference -> reference.startsWith("IWH-"))).hasSize(246);
        if (sort.equals(Optional.of(SearchSort.NAME))) {
            List<String> sorted = new java.util.ArrayList<>(names);
            sorted.sort(org.turath.shared.NameCollator.forLanguage(Language.AR));
            assertThat(names).isEqualTo(sorted);
        }
    }

    private List<String> topReferences(String typed, Language language, int top) {
        return search.search(SearchQuery.text(typed, language).withLimit(top)).hits().stream().map(SearchResult.Hit::reference).toList();
    }

    private static SearchQuery withFacet(SearchQuery query, String facet, String value) {
        return new SearchQuery(query.text(),
                facet.equals("type") ? Set.of(value) : query.types(),
                facet.equals("kind") ? Set.of(value) : query.kinds(),
                facet.equals("status") ? Set.of(value) : query.statuses(),
                facet.equals("state") ? Set.of(value) : query.states(),
                facet.equals("region") ? Set.of(value) : query.regions(),
                facet.equals("criterion") ? Set.of(value) : query.criteria(),
                facet.equals("decade") ? Set.of(Integer.valueOf(value)) : query.decades(),
                facet.equals("danger") || query.inDangerOnly(), query.box(), query.near(), query.sort(), query.language(),
                Optional.empty(), query.limit());
    }

    @Test
    void theTotalAndTheFacetsAreTheSameOnEveryPageOfTheList() {
        for (SearchSort sort : List.of(SearchSort.NAME, SearchSort.YEAR)) {
            SearchQuery query = new SearchQuery(Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                    false, Optional.empty(), Optional.empty(), Optional.of(sort), Language.AR, Optional.empty(), 37);
            SearchResult first = search.search(query);
            SearchResult second = search.search(query.withCursor(first.nextCursor().orElseThrow()));
            assertThat(second.total()).as("the total on page 2, in %s order", sort).isEqualTo(first.total());
            assertThat(second.facets()).as("the facets on page 2, in %s order", sort).isEqualTo(first.facets());
        }
    }

}
