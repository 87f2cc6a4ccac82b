package org.layerwise;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bakes the small fixture site and reads the pages a reader would get. */
class FixtureSiteIT {

    @TempDir
    Path folder;

    @Test
    void rendersFrontMatterFieldsOnTheArticlePage() {
        Document page = FixtureSite.minimal(folder).build().page("articles/first-steps/");
        assertEquals("First steps", page.selectFirst("h1").text());
        assertEquals("2026-10-01", page.selectFirst("time.dt-published").attr("datetime"));
        assertEquals("2026-10-05", page.selectFirst("time.dt-updated").attr("datetime"));
        assertEquals("Where to begin.", page.selectFirst(".p-summary").text());
        assertEquals(List.of("Toner", "Serum"), page.select(".lw-article__types a").eachText());
        assertEquals(List.of("basics"), page.select(".lw-tags a").eachText());
    }

    @Test
    void servesArticlesAtPrettyAddresses() {
        FixtureSite site = FixtureSite.minimal(folder).build();
        assertTrue(Files.isRegularFile(site.output().resolve("articles/first-steps/index.html")));
        assertTrue(Files.isRegularFile(site.output().resolve("types/serum/index.html")));
        assertTrue(Files.isRegularFile(site.output().resolve("compare/toner-vs-serum/index.html")));
    }

    @Test
    void readsArticlesInSubFoldersAtTheirUsualAddress() {
        FixtureSite site = FixtureSite.minimal(folder)
                .write("content/articles/guides/basics/deep-dive.md",
                        "---\ntitle: Deep dive\ndate: 2026-10-02\n---\nSee [first steps](/articles/first-steps/).\n")
                .write("content/articles/.notes/scratch.md", "not front matter at all\n")
                .build();
        assertEquals("Deep dive", site.page("articles/deep-dive/").selectFirst("h1").text());
        assertTrue(site.page("articles/").text().contains("Deep dive"));
        assertFalse(Files.exists(site.output().resolve("articles/guides")));
        assertFalse(Files.exists(site.output().resolve("articles/scratch")));
    }

    @Test
    void namesBothFilesWhenTwoArticlesInDifferentFoldersShareASlug() {
        FixtureSite.Run run = FixtureSite.minimal(folder)
                .write("content/articles/2025/first-steps.md", "---\ntitle: Older first steps\ndate: 2025-01-01\n---\nBody.\n")
                .run("build");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("/articles/first-steps/"), run.err());
        assertTrue(run.err().contains("content/articles/2025/first-steps.md"), run.err());
        assertTrue(run.err().contains("content/articles/first-steps.md"), run.err());
    }

    @Test
    void listsEveryTopicWithItsCountAndEverySeriesInReadingOrder() {
        FixtureSite site = FixtureSite.minimal(folder)
                .write("content/articles/part-two.md",
                        "---\ntitle: Part two\ndate: 2026-10-03\ntags: [basics, layering]\nseries: getting-started\n---\nTwo.\n")
                .write("content/articles/part-one.md",
                        "---\ntitle: Part one\ndate: 2026-10-02\ntags: [basics]\nseries: getting-started\n---\nOne.\n")
                .build();
        Document topics = site.page("tags/");
        assertEquals(List.of("basics 3 articles", "layering 1 article"), topics.select(".lw-topics li").eachText());
        assertEquals("../tags/basics/", topics.selectFirst(".lw-topics a").attr("href"));

        Document series = site.page("series/getting-started/");
        assertEquals("Getting started", series.selectFirst("h1").text());
        assertEquals(List.of("Part one", "Part two"), series.select("ol.lw-series-parts h2").eachText());
        Document partTwo = site.page("articles/part-two/");
        assertEquals("../../series/getting-started/", partTwo.selectFirst(".lw-series a:not([rel])").attr("href"));
        assertEquals("Part one", partTwo.selectFirst(".lw-series a[rel=prev]").text().replace("Previous: ", ""));
        assertTrue(site.page("articles/").selectFirst("a[href='../tags/']") != null);
    }

    @Test
    void leavesDraftsOutOfTheBuild() {
        FixtureSite site = FixtureSite.minimal(folder).build();
        assertFalse(Files.exists(site.output().resolve("articles/unfinished")));
        assertFalse(site.page("articles/").text().contains("Unfinished thoughts"));
    }

    @Test
    void writesEveryInternalLinkRelativeSoTheSiteWorksUnderASubPath() {
        FixtureSite site = FixtureSite.minimal(folder).build("--base-url", "https://example.org/layerwise");
        Document article = site.page("articles/first-steps/");
        for (Element link : article.select("a[href], link[href], script[src], img[src]")) {
            String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
            assertFalse(target.startsWith("/"), "root-absolute link " + target);
        }
        assertEquals("../../types/toner/", article.selectFirst(".e-content a[href*=toner]").attr("href"));
        assertEquals("../../faq/#what-goes-first", article.selectFirst(".e-content a[href*=faq]").attr("href"));
        assertEquals("https://example.org/layerwise/articles/first-steps/",
                article.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void showsEachTypeOnceInRoutineOrderInTheComparisonTable() {
        Document compare = FixtureSite.minimal(folder).build().page("compare/");
        assertEquals(List.of("Toner", "Serum", "Moisturizer"), compare.select("tbody th[scope=row]").eachText());
        assertEquals(compare.select("thead th").size(), compare.select("thead th[scope=col]").size());
        assertEquals("All product types compared", compare.selectFirst("table caption").text());
    }

    @Test
    void drawsTheLayeringDiagramWithATextAlternativeInTheSameOrder() {
        Document layering = FixtureSite.minimal(folder).build().page("layering/");
        Element svg = layering.selectFirst("svg.lw-diagram__svg");
        assertEquals("true", svg.attr("aria-hidden"), "the list below is the text alternative; the picture is not read twice");
        assertEquals(List.of("../types/toner/", "../types/serum/", "../types/moisturizer/"),
                svg.select("a").eachAttr("href"));
        assertTrue(layering.selectFirst(".lw-diagram__legend").hasText());
        assertEquals(List.of("1. Toner", "2. Serum", "3. Moisturizer"),
                svg.select(".lw-diagram__label").eachText());
        assertEquals(List.of("Toner (optional)", "Serum", "Moisturizer"),
                layering.selectFirst(".lw-diagram__list").select("li").eachText());
    }

    @Test
    void picksUpANewTypeFileEverywhereInRoutineOrder() {
        FixtureSite site = FixtureSite.minimal(folder).write("content/types/essence.yaml", """
                name: Essence
                summary: A light, watery layer between toner and serum.
                step: 50
                texture: 2
                actives: 2
                frequency: Twice daily
                cadence: daily
                time: [am, pm]
                base: water
                sources:
                  - title: "Example"
                    url: https://example.org/essence
                """).build();
        assertEquals(List.of("Toner", "Essence", "Serum", "Moisturizer"),
                site.page("compare/").select("tbody th[scope=row]").eachText());
        assertEquals(List.of("1. Toner", "2. Essence", "3. Serum", "4. Moisturizer"),
                site.page("layering/").selectFirst("svg").select(".lw-diagram__label").eachText());
        assertTrue(site.page("types/").select("a[href=../types/essence/]").hasText());
        assertEquals("Essence", site.page("types/essence/").selectFirst("h1").text());
    }

    @Test
    void picksUpANewIngredientFileInTheIndexItsPageThePairsTableSearchAndTheBuilder() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder).write("content/ingredients/azelaic-acid.yaml", """
                name: Azelaic acid
                summary: An acid for acne and rosacea.
                role: acne
                does: Calms acne.
                evidence: strong
                evidence_note: Drug labels.
                types: [serum]
                time: [am, pm]
                sun: none
                sun_note: No effect.
                pregnancy: Often considered acceptable.
                irritation: moderate
                start: Once a day at first.
                sources:
                  - title: "Example"
                    url: https://example.org/azelaic
                """);
        site.write("content/ingredient-pairs.yaml", site.read("content/ingredient-pairs.yaml") + """
                - between: [azelaic-acid, retinol]
                  title: Azelaic acid with retinol
                  verdict: caution
                  reason: Both can sting.
                  advice: Start them on different days.
                  evidence: Limited.
                  sources:
                    - title: "Example"
                      url: https://example.org/azelaic-retinol
                """).build();
        Document index = site.page("ingredients/");
        assertEquals(List.of("Acne treatments"), index.select("h2#acne").eachText());
        assertTrue(index.select("a[href=../ingredients/azelaic-acid/]").hasText());
        Document page = site.page("ingredients/azelaic-acid/");
        assertEquals("Azelaic acid", page.selectFirst("h1").text());
        assertEquals(List.of("Serum"), page.select(".lw-ingredient__types a").eachText());
        assertEquals("2. Serum", page.selectFirst(".lw-diagram__band--current .lw-diagram__label").text());
        assertTrue(page.selectFirst(".lw-pair-note").text().startsWith("! Caution with Retinol"));
        Document pairs = site.page("ingredients/pairs/");
        Element row = pairs.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("Azelaic acid")).findFirst().orElseThrow();
        Element cell = row.selectFirst("a.lw-verdict");
        assertEquals("! Caution", cell.text());
        assertEquals("#azelaic-acid-with-retinol", cell.attr("href"));
        assertEquals("Azelaic acid with retinol", pairs.selectFirst("#azelaic-acid-with-retinol h3").text());
        assertTrue(site.page("types/serum/").select("#ingredients ~ ul a[href=../../ingredients/azelaic-acid/]")
                .hasText());
        assertTrue(Files.readString(site.output().resolve("search-index.json"))
                .contains("{\"title\":\"Azelaic acid\",\"kind\":\"Ingredient\",\"path\":\"ingredients/azelaic-acid/\""));
        String builder = Files.readString(site.output().resolve("routine-data.json"));
        assertTrue(builder.contains("{\"id\":\"azelaic-acid\",\"name\":\"Azelaic acid\""), builder);
        assertTrue(builder.contains("\"first\":[\"azelaic-acid\"],\"second\":[\"retinol\"],\"verdict\":\"caution\""),
                builder);
        assertTrue(site.page("routine/").select("input#lw-routine-ingredient-azelaic-acid").size() == 1);
    }

    @Test
    void highlightsTheTypeOnItsOwnDiagram() {
        Document serum = FixtureSite.minimal(folder).build().page("types/serum/");
        assertEquals("2. Serum", serum.selectFirst(".lw-diagram__band--current .lw-diagram__label").text());
        assertEquals(2, serum.select(".lw-dispute__positions > li").size());
    }

    @Test
    void rendersOneMarkdownFileAsTheSiteDoes() {
        FixtureSite site = FixtureSite.minimal(folder);
        FixtureSite.Run run = site.run("render", site.root().resolve("content/articles/first-steps.md").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("<a href=\"../../types/toner/\">toner</a>"), run.out());
        assertFalse(run.out().contains("title:"), "front matter is not part of the body");
        site.write("content/articles/x.md", "---\ntitle: X\ndate: 2026-01-01\n---\n\nA [sreum](type:sreum).\n");
        FixtureSite.Run broken = site.run("render", site.root().resolve("content/articles/x.md").toString());
        assertEquals(1, broken.exitCode());
        assertTrue(broken.err().contains("x.md:6: unknown product type 'sreum'"), broken.err());
    }

    @Test
    void producesByteIdenticalOutputFromTheSameInput() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder).build();
        Path first = folder.resolve("first");
        Files.move(site.output(), first);
        site.build();
        try (var files = Files.walk(first)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path twin = site.output().resolve(first.relativize(file).toString());
                assertEquals(-1L, Files.mismatch(file, twin), "differs: " + first.relativize(file));
            }
        }
    }
}
