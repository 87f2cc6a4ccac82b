package org.layerwise.derive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.FixtureSite;
import org.layerwise.derive.SearchIndex.Entry;
import org.layerwise.model.SiteContent;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search index built from the small fixture site, and the size of the real site's index. */
class SearchIndexTest {

    @TempDir
    Path output;

    @Test
    void listsTypesInRoutineOrderThenComparisonsThenArticlesThenIngredientsByNameThenQuestionsThenTerms() {
        List<Entry> entries = SearchIndex.of(load("src/test/resources/fixtures/minimal")).entries();
        assertEquals(List.of("Product type", "Product type", "Product type", "Comparison", "Article", "Ingredient", "Ingredient",
                        "Ingredient", "Ingredient", "Question", "Glossary"),
                entries.stream().map(Entry::kind).toList());
        assertEquals(List.of("Toner", "Serum", "Moisturizer", "Toner vs serum", "First steps", "Glycolic acid", "Niacinamide", "Retinol",
                        "Vitamin C", "What goes first?", "Humectant"),
                entries.stream().map(Entry::title).toList());
    }

    @Test
    void pointsEachEntryAtItsPageOrAnchorRelativeToTheSiteRoot() {
        List<Entry> entries = SearchIndex.of(load("src/test/resources/fixtures/minimal")).entries();
        assertEquals(List.of("types/toner/", "types/serum/", "types/moisturizer/", "compare/toner-vs-serum/", "articles/first-steps/",
                "ingredients/glycolic-acid/", "ingredients/niacinamide/", "ingredients/retinol/", "ingredients/vitamin-c/",
                "faq/#what-goes-first", "glossary/#humectant"), entries.stream().map(Entry::path).toList());
    }

    @Test
    void findsAnIngredientByItsSummaryAndWhatItDoes() {
        Entry retinol = SearchIndex.of(load("src/test/resources/fixtures/minimal")).entries().stream()
                .filter(e -> e.title().equals("Retinol")).findFirst().orElseThrow();
        assertEquals("A vitamin A ingredient for lines and clogged pores. Speeds up skin renewal.", retinol.text());
    }

    @Test
    void leavesDraftArticlesOut() {
        String json = SearchIndex.of(load("src/test/resources/fixtures/minimal")).json();
        assertFalse(json.contains("Unfinished"), json);
    }

    @Test
    void takesPlainTextFromTheRenderedBodyWithoutMarkupOrHeadingAnchors() {
        Entry article = find(SearchIndex.of(load("src/test/resources/fixtures/minimal")), "articles/first-steps/");
        assertEquals("Where to begin. Start thin Put the toner on first; a humectant helps. Then treat See the FAQ.",
                article.text());
    }

    @Test
    void givesTheSameJsonWhateverOrderTheContentWasReadIn() {
        SiteContent site = load("src/test/resources/fixtures/minimal");
        SiteContent shuffled = new SiteContent(site.settings(), reversed(site.types()), reversed(site.articles()),
                site.pages(), site.faq(), reversed(site.glossary()), reversed(site.ingredients()), site.pairs(),
                site.treatments());
        assertEquals(SearchIndex.of(site).json(), SearchIndex.of(shuffled).json());
    }

    @Test
    void writesCompactJsonWithTitleKindPathAndText() {
        String json = SearchIndex.of(load("src/test/resources/fixtures/minimal")).json();
        assertTrue(json.startsWith("[{\"title\":\"Toner\",\"kind\":\"Product type\",\"path\":\"types/toner/\",\"text\":\"A"),
                json);
        assertFalse(json.contains("\n"));
    }

    @Test
    void clipsLongTextAtASpaceSoNoWordIsHalved() {
        assertEquals("one two", PlainText.clip("one two three", 9));
        assertEquals("short", PlainText.clip("short", 9));
    }

    @Test
    void clipsTheOpeningOfABodyAsItWouldClipTheWholeBody() {
        java.util.Random random = new java.util.Random(8);
        String[] words = {"a", "serum", "ampoule", "is", "thicker", "than", "an", "essence", "x", "humectants"};
        for (int i = 0; i < 5000; i++) {
            String summary = sentence(random, words, random.nextInt(4) == 0 ? 0 : random.nextInt(30));
            String body = sentence(random, words, random.nextInt(60));
            int max = 1 + random.nextInt(120);
            assertEquals(PlainText.clip(PlainText.join(summary, body), max),
                    PlainText.clip(PlainText.join(summary, PlainText.opening(body, max)), max),
                    "summary '" + summary + "', body '" + body + "', max " + max);
        }
    }

    /** Words separated by single spaces, as the body text of a page has them. */
    private static String sentence(java.util.Random random, String[] words, int count) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(words[random.nextInt(words.length)]);
        }
        return String.join(" ", chosen);
    }

    @Test
    void keepsTheRealSiteIndexUnderSeventyFiveKilobytes() {
        // Raised from 60 KB when 24 ingredient pages joined the index, and from 70 KB when the 13
        // comparison pages did (with the serum vs ampoule intro, 72.2 KB). What a reader downloads is the
        // gzip-compressed file (about 19 KB); bench/page-weight keeps the search page in the 50 KB budget.
        SearchIndex index = SearchIndex.of(load("."));
        int bytes = index.json().getBytes(StandardCharsets.UTF_8).length;
        System.out.println("search-index.json for the real site: " + bytes + " bytes, "
                + index.entries().size() + " entries");
        assertTrue(bytes < 75_000, bytes + " bytes");
        for (String kind : List.of("Product type", "Comparison", "Article", "Ingredient", "Question", "Glossary")) {
            assertTrue(index.entries().stream().anyMatch(e -> e.kind().equals(kind)), kind);
        }
    }

    private SiteContent load(String folder) {
        return FixtureSite.content(Path.of(folder), output);
    }

    private static Entry find(SearchIndex index, String path) {
        return index.entries().stream().filter(e -> e.path().equals(path)).findFirst().orElseThrow();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
