package org.layerwise.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.layerwise.model.Problem;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerwise.markdown.ArticleRendering.FIRST_LINE;

class HtmlPolicyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<script>alert(1)</script>|script",
            "<iframe src=\"https://example.org/\"></iframe>|iframe",
            "<object data=\"x.swf\"></object>|object",
            "<embed src=\"x.swf\">|embed",
            "<style>body { display: none }</style>|style",
            "<body onload=\"alert(1)\">|body",
            "<svg><script>alert(1)</script></svg>|svg",
    })
    void refusesElementsThatRunCodeOrEmbedWithLine(String html, String tag) {
        ArticleRendering block = ArticleRendering.of("Intro.\n\n" + html + "\n");
        ArticleRendering inline = ArticleRendering.of("Text " + html + " more.");

        assertEquals(FIRST_LINE + 2, block.problems().get(0).line());
        assertTrue(block.problems().get(0).message().startsWith("raw HTML <" + tag + "> is not allowed"), block.problems().toString());
        assertEquals(FIRST_LINE, inline.problems().get(0).line());
        assertTrue(inline.problems().get(0).message().startsWith("raw HTML <" + tag + "> is not allowed"), inline.problems().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"onclick", "onmouseover", "ONLOAD"})
    void refusesEventAttributesWithLine(String attribute) {
        ArticleRendering rendering = ArticleRendering.of("One\ntwo <kbd " + attribute + "=\"alert(1)\">Ctrl</kbd>");

        assertEquals(FIRST_LINE + 1, rendering.problemLine());
        assertEquals("attribute " + attribute.toLowerCase() + " on <kbd> is not allowed (it runs script)", rendering.onlyProblem().message());
    }

    @Test
    void refusesStyleAttribute() {
        assertEquals("attribute style on <mark> is not allowed",
                ArticleRendering.of("<mark style=\"color:red\">x</mark>").onlyProblem().message());
    }

    @Test
    void refusesRawLinksEvenToScriptAndAsksForMarkdown() {
        ArticleRendering rendering = ArticleRendering.of("\n<a href=\"javascript:alert(1)\">click</a>");

        assertEquals(FIRST_LINE + 1, rendering.problemLine());
        assertEquals("raw HTML <a> is not allowed; write links in Markdown, [text](/path/), so that they are checked",
                rendering.onlyProblem().message());
    }

    @Test
    void refusesRawImagesSoThatMarkdownImagesGetChecked() {
        ArticleRendering rendering = ArticleRendering.of("<img src=\"/img/layers.png\" alt=\"Layers\">");

        assertTrue(rendering.onlyProblem().message().startsWith("raw HTML <img> is not allowed; write images in Markdown, ![alt text]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "java&#115;cript:alert(1)", "javascript&colon;alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)"})
    void refusesScriptAndDataUrlsInMarkdownLinksWithLine(String url) {
        ArticleRendering rendering = ArticleRendering.of("Intro.\n\n[click](<" + url + ">)");

        assertEquals(FIRST_LINE + 2, rendering.problemLine());
        assertTrue(rendering.onlyProblem().message().endsWith("is not allowed: links may not run script or embed data"));
        assertEquals("#", rendering.dom().selectFirst("a").attr("href"));
    }

    @Test
    void refusesScriptUrlsInReferenceDefinitionsAndAutolinks() {
        ArticleRendering rendering = ArticleRendering.of("[click][x]\n\n[x]: javascript:alert(1)\n\n<javascript:alert(2)>");

        assertEquals(List.of(FIRST_LINE + 2, FIRST_LINE + 4), rendering.problems().stream().map(Problem::line).toList());
    }

    @Test
    void letsTheAllowedElementsThrough() {
        String markdown = """
                Press <kbd>Ctrl</kbd>, read the <abbr title="International Nomenclature of Cosmetic Ingredients">INCI</abbr>,
                H<sub>2</sub>O, 10<sup>3</sup>, <mark>note</mark>, <small>fine print</small>,<br>
                new line.

                <details open>
                <summary>More</summary>

                Hidden text.

                </details>

                <figure>
                <figcaption lang="en" dir="ltr">A caption</figcaption>
                </figure>
                """;
        ArticleRendering rendering = ArticleRendering.of(markdown);

        assertEquals(List.of(), rendering.problems());
        for (String tag : HtmlPolicy.EDITOR_TAGS) {
            assertNotNull(rendering.dom().selectFirst(tag), tag);
        }
    }

    @Test
    void acceptsHtmlComments() {
        ArticleRendering rendering = ArticleRendering.of("<!-- a note for editors -->\n\nText <!-- inline --> and\n\n<details>\n<!-- inside -->\n</details>\n");

        assertEquals(List.of(), rendering.problems());
    }

    @Test
    void reportsUnclosedCommentWithLine() {
        ArticleRendering rendering = ArticleRendering.of("Intro.\n\n<!-- draft: check the pH\n\nRest of the article.");

        assertEquals(FIRST_LINE + 2, rendering.problemLine());
        assertTrue(rendering.onlyProblem().message().startsWith("HTML comment is not closed"));
    }

    @Test
    void refusesScriptHiddenAfterAComment() {
        ArticleRendering rendering = ArticleRendering.of("<!-- ok --><script>alert(1)</script>\n");

        assertTrue(rendering.onlyProblem().message().startsWith("raw HTML <script> is not allowed"));
    }

    @Test
    void checksUrlsWithoutRegardToSpacesAndCase() {
        HtmlPolicy policy = new HtmlPolicy();

        assertTrue(policy.isUnsafeUrl(" JAVA\tSCRIPT:x"));
        assertTrue(policy.isUnsafeUrl("file:///etc/passwd"));
        assertFalse(policy.isUnsafeUrl("https://example.org/javascript:x"));
    }
}
