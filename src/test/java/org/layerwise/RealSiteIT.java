package org.layerwise;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
