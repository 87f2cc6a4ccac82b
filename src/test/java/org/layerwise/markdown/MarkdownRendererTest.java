package org.layerwise.markdown;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerwise.markdown.ArticleRendering.FIRST_LINE;

class MarkdownRendererTest {

    @Test
    void rendersGitHubTables() {
        Element table = ArticleRendering.of("| Step | Texture |\n|---|:-:|\n| Toner | thin |\n| Cream | thick |").dom().selectFirst("table");

        assertNotNull(table);
        assertEquals(List.of("Step", "Texture"), table.select("thead th").eachText());
        assertEquals(List.of("col", "col"), table.select("thead th").eachAttr("scope"));
        assertEquals(List.of("Toner", "thin", "Cream", "thick"), table.select("tbody td").eachText());
        assertEquals("center", table.selectFirst("tbody td:eq(1)").attr("align"));
    }

    @Test
    void rendersStrikethrough() {
        assertEquals("twice", ArticleRendering.of("Apply ~~twice~~ once.").dom().selectFirst("del").text());
    }

    @Test
    void rendersTaskListsAsNamedDisabledCheckboxes() {
        ArticleRendering rendering = ArticleRendering.of("- [x] cleanse\n- [ ] moisturize");

        List<Element> boxes = rendering.dom().select("li.task-list-item > input[type=checkbox]");
        assertEquals(2, boxes.size());
        assertTrue(boxes.get(0).hasAttr("checked"));
        assertFalse(boxes.get(1).hasAttr("checked"));
        assertEquals(List.of("Done", "Not done"), boxes.stream().map(box -> box.attr("aria-label")).toList());
        assertTrue(boxes.stream().allMatch(box -> box.hasAttr("disabled") && !box.hasAttr("readonly")));
        assertEquals("cleanse", rendering.dom().selectFirst("li").text().strip());
    }

    @Test
    void rendersFootnotes() {
        Element body = ArticleRendering.of("Sunscreen goes last.[^1]\n\n[^1]: American Academy of Dermatology.").dom();

        Element reference = body.selectFirst("sup a.footnote-ref");
        assertEquals("#fn-1", reference.attr("href"));
        assertEquals("American Academy of Dermatology.", body.selectFirst(".footnotes li#fn-1 p").text());
    }

    @Test
    void rendersBareAddressesAsLinks() {
        ArticleRendering rendering = ArticleRendering.of("See https://www.aad.org/public/everyday-care/sun-protection for more.");

        assertEquals("https://www.aad.org/public/everyday-care/sun-protection", rendering.dom().selectFirst("a").attr("href"));
        assertEquals(List.of(), rendering.problems());
    }

    @Test
    void leavesEmbedMarkerForLayeringDiagram() {
        ArticleRendering rendering = ArticleRendering.of("Before.\n\n{{layering-diagram}}\n\nAfter.");

        assertTrue(rendering.html().contains("\n" + MarkdownRenderer.embedMarker("layering-diagram") + "\n"), rendering.html());
        assertFalse(rendering.html().contains("{{"));
        assertEquals(List.of(), rendering.problems());
    }

    @Test
    void reportsUnknownEmbedWithLine() {
        ArticleRendering rendering = ArticleRendering.of("Before.\n\n{{ routine-chart }}");

        assertEquals(FIRST_LINE + 2, rendering.problemLine());
        assertEquals("unknown embed {{routine-chart}}; available: layering-diagram, routine, snippet",
                rendering.onlyProblem().message());
    }

    @Test
    void leavesARoutineEmbedMarkerWithItsOptionsAndLine() {
        ArticleRendering rendering = ArticleRendering.of("Before.\n\n{{routine evening from=serum to=moisturizer}}\n\n"
                + "{{routine morning only=toner,serum}}");
        assertEquals(List.of(), rendering.problems());
        String first = new RoutineEmbed("evening", "serum", "moisturizer", List.of(), FIRST_LINE + 2).marker();
        String second = new RoutineEmbed("morning", "", "", List.of("toner", "serum"), FIRST_LINE + 4).marker();
        assertTrue(rendering.html().contains(MarkdownRenderer.embedMarker(first)), rendering.html());
        assertTrue(rendering.html().contains(MarkdownRenderer.embedMarker(second)), rendering.html());
        assertEquals(new RoutineEmbed("morning", "", "", List.of("toner", "serum"), FIRST_LINE + 4),
                RoutineEmbed.ofMarker(second));
    }

    @Test
    void reportsRoutineEmbedsWithoutARoutineOrWithUnknownOptions() {
        assertEquals("{{routine}} needs morning or evening first, e.g. {{routine morning}} or {{routine evening"
                        + " from=serum to=moisturizer}}; found 'mornin' (did you mean 'morning'?)",
                ArticleRendering.of("{{routine mornin}}").onlyProblem().message());
        assertEquals("unknown option 'frm' in {{routine evening …}} (did you mean 'from'?); options: from=ID,"
                        + " to=ID, only=ID,ID,…",
                ArticleRendering.of("{{routine evening frm=serum}}").onlyProblem().message());
        assertEquals("{{routine morning …}} takes either only= or from=/to=, not both",
                ArticleRendering.of("{{routine morning from=toner only=serum}}").onlyProblem().message());
        assertEquals("{{layering-diagram}} takes no options, found 'morning'",
                ArticleRendering.of("{{layering-diagram morning}}").onlyProblem().message());
    }

    @Test
    void countsWordsOfTheText() {
        ArticleRendering rendering = ArticleRendering.of("## Why layer\n\nApply the *thinnest* product first, then [the next](/faq/).\n\n> [!TIP]\n> Wait a minute.");

        assertEquals(2 + 8 + 3, rendering.body().words());
    }

    @Test
    void makesQuotesAndDashesTypographicInProse() {
        assertEquals("<p>It’s “thin” – then — thick…</p>\n",
                ArticleRendering.of("It's \"thin\" -- then --- thick...").html()
                        .replace("&rsquo;", "’").replace("&ldquo;", "“").replace("&rdquo;", "”")
                        .replace("&ndash;", "–").replace("&mdash;", "—").replace("&hellip;", "…"));
    }

    @Test
    void keepsStraightQuotesAndDashesInCode() {
        Element body = ArticleRendering.of("Use `\"pH\" -- 5.5` here.\n\n```\nratio = \"1:1\" -- 'a'\n```\n\n    indented \"x\" --- y\n").dom();

        assertEquals(List.of("\"pH\" -- 5.5", "ratio = \"1:1\" -- 'a'\n", "indented \"x\" --- y\n"),
                body.select("code").stream().map(Element::wholeText).toList());
    }
}
