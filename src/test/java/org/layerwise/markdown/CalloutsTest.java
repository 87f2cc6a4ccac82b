package org.layerwise.markdown;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.layerwise.markdown.ArticleRendering.FIRST_LINE;

class CalloutsTest {

    @Test
    void rendersNoteAlertAsCallout() {
        ArticleRendering rendering = ArticleRendering.of("> [!NOTE]\n> Apply *thinnest* first.\n");

        assertEquals("""
                <aside class="lw-callout lw-callout--note" role="note">
                <p class="lw-callout__title">Note</p>
                <p>Apply <em>thinnest</em> first.</p>
                </aside>
                """, rendering.html());
        assertEquals(List.of(), rendering.problems());
    }

    @ParameterizedTest
    @CsvSource({"NOTE, note, Note", "tip, tip, Tip", "Important, important, Important", "WARNING, warning, Warning", "caution, caution, Caution"})
    void rendersEachAlertKindWithItsTitleInAnyLetterCase(String marker, String modifier, String title) {
        Element callout = ArticleRendering.of("> [!" + marker + "]\n> Text.").dom().selectFirst("aside");

        assertNotNull(callout);
        assertEquals("lw-callout lw-callout--" + modifier, callout.className());
        assertEquals("note", callout.attr("role"));
        assertEquals(title, callout.selectFirst("p.lw-callout__title").text());
        assertEquals("Text.", callout.child(1).text());
    }

    @Test
    void keepsBlocksAfterAMarkerOnItsOwnParagraph() {
        Element callout = ArticleRendering.of("> [!TIP]\n>\n> - one\n> - two\n>\n> After.").dom().selectFirst("aside");

        assertEquals(List.of("p", "ul", "p"), callout.children().stream().map(Element::tagName).toList());
        assertEquals("one two", callout.selectFirst("ul").text());
    }

    @Test
    void checksLinksInEveryBlockOfACallout() {
        ArticleRendering rendering = ArticleRendering.of(
                "> [!NOTE]\n> Intro with a [serum](type:serum).\n>\n> - a [mask](type:mask)\n>\n> End with [term](term:humectant).");

        // the unknown type is reported, and its link points at the types index so nothing else reports it again
        assertEquals(List.of("../../types/serum/", "../../types/", "../../glossary/#humectant"),
                rendering.dom().select("aside a").eachAttr("href"));
        assertEquals(FIRST_LINE + 3, rendering.problemLine());
    }

    @Test
    void reportsUnknownCalloutWithLine() {
        ArticleRendering rendering = ArticleRendering.of("Intro.\n\n> [!FOO]\n> Text.");

        assertEquals(FIRST_LINE + 2, rendering.problemLine());
        assertEquals("unknown callout [!FOO]; use NOTE, TIP, IMPORTANT, WARNING or CAUTION", rendering.onlyProblem().message());
        assertNotNull(rendering.dom().selectFirst("blockquote"));
    }

    @Test
    void leavesOrdinaryQuotesAsQuotes() {
        ArticleRendering rendering = ArticleRendering.of("> Just a quote [!NOTE].\n\n> [!NOTE] with text on the same line, as GitHub does");

        assertEquals(2, rendering.dom().select("blockquote").size());
        assertNull(rendering.dom().selectFirst("aside"));
        assertEquals(List.of(), rendering.problems());
    }
}
