package org.layerwise;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.check.PageReader;
import org.layerwise.load.RefusedSourcesLoader;
import org.layerwise.model.FaqEntry;
import org.layerwise.model.GlossaryTerm;
import org.layerwise.model.ProductType;
import org.layerwise.model.SiteContent;
import org.layerwise.model.SourcePolicy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bakes the project's own site and checks what every reader gets on every page. */
class RealSiteIT {

    @TempDir
    static Path folder;

    static FixtureSite site;
    static List<String> pages;

    @BeforeAll
    static void build() throws IOException {
        site = FixtureSite.real(folder).build("--base-url", "https://example.org/layerwise");
        try (Stream<Path> files = Files.walk(site.output())) {
            pages = files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.output().relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void citesOnlySpecificPagesOnHostsThatAreNotRefused() throws IOException {
        SourcePolicy policy = new RefusedSourcesLoader(new ArrayList<>()).load(Path.of("content/refused-sources.yaml"),
                Files.readString(site.root().resolve("content/refused-sources.yaml")));
        assertFalse(policy.refused().isEmpty(), "the refused list has hosts");
        SiteContent content = FixtureSite.content(site.root(), folder.resolve("loaded"));
        List<String> cited = new ArrayList<>();
        for (ProductType type : content.types()) {
            type.sources().forEach(s -> cited.add(s.url()));
            type.disputes().forEach(d -> d.positions().forEach(p -> p.sources().forEach(s -> cited.add(s.url()))));
        }
        for (FaqEntry entry : content.faq()) {
            assertFalse(entry.sources().isEmpty(), entry.id());
            entry.sources().forEach(s -> cited.add(s.url()));
        }
        for (GlossaryTerm term : content.glossary()) {
            assertFalse(term.sources().isEmpty(), term.id());
            term.sources().forEach(s -> cited.add(s.url()));
        }
        content.ingredients().forEach(i -> i.sources().forEach(s -> cited.add(s.url())));
        content.pairs().forEach(p -> p.sources().forEach(s -> cited.add(s.url())));
        content.articles().forEach(a -> PageReader.PARSING.read(a.body().html()).links().stream().filter(h -> h.startsWith("http")).forEach(cited::add));
        assertTrue(cited.size() > 300, "sources found: " + cited.size());
        for (String url : cited) {
            assertEquals(Optional.empty(), policy.problemWith(url), url);
        }
    }

    /**
     * The comparison phrases join names as a sentence does ("essence, serum and ampoule", not
     * "essence and serum and ampoule") and keep a name's own capitals inside the brackets
     * ("exfoliant (AHA/BHA)", not "exfoliant (aha/bha)"), on every page and in every description.
     */
    @Test
    void joinsAndCapitalisesTypeNamesAsASentenceDoes() {
        assertEquals("How essence, serum and ampoule differ and what they share.", site
                .page("compare/essence-vs-serum-vs-ampoule/index.html").selectFirst("meta[name=description]").attr("content"));
        assertEquals("How exfoliant (AHA/BHA) and toner differ and what they share.", site
                .page("compare/exfoliant-vs-toner/index.html").selectFirst("meta[name=description]").attr("content"));
        for (String page : pages) {
            Document document = site.page(page);
            List<String> texts = new ArrayList<>(List.of(document.text()));
            document.select("meta[content]").forEach(meta -> texts.add(meta.attr("content")));
            for (String text : texts) {
                assertFalse(text.contains("essence and serum and ampoule"), page + ": " + text);
                assertFalse(text.contains("(aha/bha)"), page + ": " + text);
            }
        }
    }

    @Test
    void givesEveryPageExactlyOneMainHeading() {
        for (String page : pages) {
            assertEquals(1, site.page(page).select("h1").size(), page);
        }
    }

    @Test
    void putsAScopeOnEveryTableHeader() {
        for (String page : pages) {
            for (Element header : site.page(page).select("table th")) {
                assertTrue(header.hasAttr("scope"), page + ": " + header);
            }
        }
    }

    @Test
    void makesNoRequestToAnotherSite() {
        for (String page : pages) {
            Document document = site.page(page);
            for (Element element : document.select("script[src], link[href][rel=stylesheet], img[src], link[rel=icon]")) {
                String target = element.hasAttr("src") ? element.attr("src") : element.attr("href");
                assertFalse(target.contains("//"), page + " loads " + target);
            }
            assertTrue(document.select("script:not([src]):not([type=application/ld+json])").isEmpty(),
                    page + " has inline script");
        }
    }

    @Test
    void forbidsInlineScriptAndOtherSitesInEveryPagesSecurityPolicy() {
        for (String page : pages) {
            Element policy = site.page(page).selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertTrue(policy != null, page + " has no Content-Security-Policy");
            String content = policy.attr("content");
            assertTrue(content.contains("default-src 'self'") && content.contains("script-src 'self'"), page);
            assertFalse(content.contains("unsafe-inline") || content.contains("http"), page + ": " + content);
        }
    }

    @Test
    void publishesAPageForEachOfTheFifteenTypesInRoutineOrder() {
        List<String> names = site.page("compare/").select("tbody th[scope=row]").eachText();
        assertEquals(15, names.size());
        assertEquals("Oil cleanser", names.get(0));
        assertEquals("Sleeping mask", names.get(names.size() - 1), "the evening's last step, with facial oil");
        assertTrue(names.indexOf("Moisturizer") < names.indexOf("Sunscreen"));
        assertTrue(names.indexOf("Essence") < names.indexOf("Serum"));
        assertTrue(names.indexOf("Serum") < names.indexOf("Emulsion"));
        assertTrue(names.indexOf("Emulsion") < names.indexOf("Moisturizer"));
    }

    @Test
    void offersTheFocusedComparisonsReadersAskFor() {
        for (String slug : List.of("serum-vs-ampoule", "essence-vs-serum", "essence-vs-serum-vs-ampoule",
                "emulsion-vs-moisturizer", "toner-vs-essence", "serum-vs-facial-oil")) {
            assertTrue(Files.isRegularFile(site.output().resolve("compare/" + slug + "/index.html")), slug);
        }
        assertTrue(site.page("types/serum/").select("a[href=../../compare/serum-vs-ampoule/]").hasText());
        assertTrue(site.page("types/ampoule/").select("a[href=../../compare/serum-vs-ampoule/]").hasText());
    }

    @Test
    void endsTheMorningRoutineWithSunscreen() {
        Element morning = site.page("layering/").selectFirst(".lw-diagram__list");
        List<String> steps = morning.select("li").eachText();
        assertTrue(steps.get(steps.size() - 1).startsWith("Sunscreen"), steps.toString());
    }

    @Test
    void embedsTheDiagramInTheLayeringGuide() {
        assertEquals(2, site.page("articles/layering-order/").select(".e-content svg.lw-diagram__svg").size());
        assertEquals(List.of("Morning routine", "Evening routine"),
                site.page("articles/layering-order/").select(".e-content .lw-routine-list__title").eachText());
    }

    @Test
    void answersAtLeastFifteenQuestionsAndDefinesTwentyFiveTerms() {
        assertTrue(site.page("faq/").select("section.lw-faq h2[id]").size() >= 15);
        assertTrue(site.page("glossary/").select("dl.lw-glossary dt[id]").size() >= 25);
    }

    @Test
    void publishesAPageForEachOfAtLeastTwentyIngredientsGroupedByWhatTheyDo() throws IOException {
        List<String> ids;
        try (Stream<Path> files = Files.list(Path.of("content/ingredients"))) {
            ids = files.map(p -> p.getFileName().toString().replace(".yaml", "")).sorted().toList();
        }
        assertTrue(ids.size() >= 20, ids.toString());
        Document index = site.page("ingredients/");
        for (String id : ids) {
            assertEquals(1, index.select("a[href=../ingredients/" + id + "/]").size(), id);
            assertEquals(1, site.page("ingredients/" + id + "/").select("h1").size(), id);
        }
        assertTrue(index.select("section h2").eachText().containsAll(List.of("Retinoids", "Exfoliating acids",
                "Hydrators", "Sun filters")));
    }

    @Test
    void statesTheKeyFactsOnTheRightIngredientPages() {
        Document tretinoin = site.page("ingredients/tretinoin/");
        assertEquals("Evening", fact(tretinoin, "Time of day"));
        assertTrue(fact(tretinoin, "Sun").startsWith("Makes skin more sensitive to the sun."));
        assertTrue(fact(tretinoin, "Pregnancy and breastfeeding").startsWith("Not advised while pregnant"));
        assertTrue(fact(site.page("ingredients/vitamin-c/"), "Time of day").equals("Morning"));
        assertTrue(fact(site.page("ingredients/glycolic-acid/"), "Sun").contains("up to a week"));
        assertTrue(fact(site.page("ingredients/azelaic-acid/"), "Pregnancy and breastfeeding").contains("baseline"));
        assertEquals("Filters UV light.", fact(site.page("ingredients/zinc-oxide/"), "Sun").substring(0, 17));
        assertTrue(fact(site.page("ingredients/peptides/"), "Evidence").contains("Evidence is limited"));
        Document adapalene = site.page("ingredients/adapalene/");
        assertTrue(adapalene.select(".lw-pair-note").eachText().stream()
                .anyMatch(t -> t.startsWith("✓ Fine with Benzoyl peroxide")), adapalene.select(".lw-pair-note").eachText().toString());
        assertTrue(site.page("ingredients/tretinoin/").select(".lw-pair-note").eachText().stream()
                .anyMatch(t -> t.startsWith("✕ Conflict with Benzoyl peroxide")));
    }

    @Test
    void tablesThePairsWithAWordAndAMarkInEachCellLinkedToTheReason() {
        Document pairs = site.page("ingredients/pairs/");
        Element table = pairs.selectFirst("table.lw-pairs");
        assertTrue(table.selectFirst("caption").hasText());
        int columns = table.select("thead th[scope=col]").size();
        assertEquals(columns, table.select("tbody th[scope=row]").size());
        assertEquals("✓ Myth", cell(table, "Vitamin C", "Niacinamide").text());
        assertEquals("✕ Conflict", cell(table, "Tretinoin", "Benzoyl peroxide").text());
        assertEquals("✓ Fine", cell(table, "Adapalene", "Benzoyl peroxide").text());
        assertEquals("✕ Conflict", cell(table, "Glycolic acid", "Retinol and retinal").text());
        for (Element link : table.select("tbody a.lw-verdict")) {
            assertEquals(1, pairs.select(link.attr("href")).size(), link.attr("href"));
        }
        assertTrue(pairs.select("#pairs-list, h2#lw-pairs-list").hasText(), "the list alternative");
        assertEquals(pairs.select("section.lw-pair").size(), pairs.select("section.lw-pair ul.lw-sources").size(),
                "every pair has sources");
    }

    @Test
    void linksEveryTypePageToTheIngredientsItOftenCarriesAndBack() {
        Document serum = site.page("types/serum/");
        List<String> linked = serum.select("#ingredients + ul a").eachAttr("href");
        assertTrue(linked.contains("../../ingredients/niacinamide/"), linked.toString());
        assertTrue(linked.contains("../../ingredients/vitamin-c/"), linked.toString());
        assertTrue(site.page("ingredients/niacinamide/").select(".lw-ingredient__types a[href=../../types/serum/]")
                .hasText());
        assertTrue(site.page("types/sunscreen/").select("#ingredients + ul a[href=../../ingredients/zinc-oxide/]")
                .hasText());
    }

    @Test
    void letsSearchAndTheRoutineBuilderFindEveryIngredient() throws IOException {
        String search = Files.readString(site.output().resolve("search-index.json"));
        String builder = Files.readString(site.output().resolve("routine-data.json"));
        for (String id : List.of("retinol", "tretinoin", "adapalene", "niacinamide", "vitamin-c", "benzoyl-peroxide",
                "zinc-oxide", "snail-mucin")) {
            assertTrue(search.contains("\"path\":\"ingredients/" + id + "/\""), id);
            assertTrue(builder.contains("{\"id\":\"" + id + "\","), id);
        }
        assertTrue(builder.contains("\"path\":\"ingredients/pairs/#benzoyl-peroxide-with-tretinoin\""), builder);
        assertEquals(1, site.page("routine/").select("input#lw-routine-ingredient-retinol").size());
    }

    /** The text of the fact labelled {@code label} on an ingredient page. */
    private static String fact(Document page, String label) {
        return page.select(".lw-facts dt").stream().filter(dt -> dt.text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no fact " + label)).nextElementSibling().text();
    }

    /** The cell of the pairs table in the row of {@code row} and the column of {@code column}. */
    private static Element cell(Element table, String row, String column) {
        List<String> columns = table.select("thead th").eachText();
        int index = columns.indexOf(column);
        if (index < 0) {
            index = columns.indexOf(table.select("thead th a").stream()
                    .filter(a -> a.attr("href").endsWith(slug(column) + "/")).findFirst().orElseThrow().text());
        }
        Element tr = table.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().equals(row)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + row));
        return tr.child(index + 1);
    }

    private static String slug(String name) {
        return name.equals("Retinol and retinal") ? "retinol" : name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
