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
    void refusesAControlCharacterInTheBodyAtItsLine() {
        ArticleRendering rendering = ArticleRendering.of("Intro.\n\nA bell \u0007 here.\n");

        assertEquals(FIRST_LINE + 2, rendering.problemLine());
        assertTrue(rendering.onlyProblem().message().startsWith("the character U+0007 is not allowed in text"));
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

    /** One case per class of parser trick; each fails at the line the HTML starts on. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // comments that a browser ends early, hiding live markup after them
            "comment closed by <!-->|<!--><script>alert(1)</script>-->|raw HTML <script>",
            "comment closed by <!--->|<!---><iframe src=\"https://evil.example/\"></iframe>-->|raw HTML <iframe>",
            "comment closed by --!>|<!-- x --!><form action=\"https://evil.example/\"><button>Go</button></form> -->|raw HTML <form>",
            "inline comment trick|Text <!--><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">--> more.|raw HTML <meta>",
            "unclosed comment|<!-- the rest of the page is hidden|HTML comment is not closed",
            "processing instruction|<?xml version=\"1.0\"?><script>alert(1)</script>|raw HTML <script>",
            "CDATA read as a bogus comment|<![CDATA[><img src=x onerror=alert(1)>]]>|CDATA sections",
            // markup the parser drops or moves onto the page's own elements
            "stray end tags|</div></main>|end tag </div> closes an element this text did not open",
            "body attributes|<body onload=\"alert(1)\">|raw HTML <body>",
            "html attributes|<html onmouseover=\"alert(1)\">|raw HTML <html>",
            "head and base|<head><base href=\"https://evil.example/\"></head>|raw HTML <base>",
            "frameset|<frameset onload=\"alert(1)\">|raw HTML <frameset>",
            "template|<template><script>alert(1)</script></template>|raw HTML <template>",
            // foreign content and raw-text elements, where browsers and sanitisers disagree
            "svg script|<svg><script>alert(1)</script></svg>|raw HTML <svg>",
            "math namespace confusion|<math><mtext><table><mglyph><style><img src onerror=alert(1)>|raw HTML <math>",
            "noscript mXSS|<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">|raw HTML <noscript>",
            "plaintext|<plaintext>|raw HTML <plaintext>",
            "xmp|<xmp><img src=x onerror=alert(1)></xmp>|raw HTML <xmp>",
            "textarea|<textarea><img src=x onerror=alert(1)></textarea>|raw HTML <textarea>",
            "title|<title><img src=x onerror=alert(1)></title>|raw HTML <title>",
            "unclosed formatting element|Text <small>small print|<small> is not closed",
            "unclosed block|<details><summary>More</summary>|<details> is not closed",
            // navigating, form-submitting and restyling markup
            "meta refresh|<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">|raw HTML <meta>",
            "link stylesheet|<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">|raw HTML <link>",
            "link preload|<link rel=\"preload\" href=\"https://evil.example/x\">|raw HTML <link>",
            "style element|<style>main{display:none}</style>|raw HTML <style>",
            "style attribute|<mark style=\"position:fixed\">x</mark>|attribute style on <mark>",
            "text input|<input type=\"text\" name=\"q\">|raw HTML <input>",
            "raw checkbox|<input type=\"checkbox\">|raw HTML <input>",
            "button|<button formaction=\"https://evil.example/\">x</button>|raw HTML <button>",
            "object|<object data=\"x.swf\"></object>|raw HTML <object>",
            "iframe srcdoc|<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>|raw HTML <iframe>",
            // attributes and addresses
            "slash before attribute (flexmark escapes the start tag, not the end tag)|<div/onclick=alert(1)>x</div>|end tag </div>",
            "unquoted event attribute|<kbd onclick=alert(1)>x</kbd>|attribute onclick on <kbd>",
            "event on an allowed element|<details open ontoggle=alert(1)>x</details>|attribute ontoggle on <details>",
            "id on an allowed element|<sup id=\"search\">1</sup>|attribute id on <sup>",
            "tab inside javascript:|<a href=\"jav&#x09;ascript:alert(1)\">x</a>|raw HTML <a>",
            "entity-encoded javascript:|<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>|raw HTML <a>",
            "image onerror|<img src=x onerror=alert(1)>|raw HTML <img>",
    })
    void refusesEachClassOfParserTrickAtItsLine(String name, String html, String message) {
        ArticleRendering rendering = ArticleRendering.of("Intro.\n\n" + html + "\n\nAfter.\n");

        assertFalse(rendering.problems().isEmpty(), name + " got through: " + rendering.html());
        assertTrue(rendering.problems().stream().allMatch(p -> p.line() == FIRST_LINE + 2), rendering.problems().toString());
        assertTrue(rendering.problems().stream().anyMatch(p -> p.message().startsWith(message)), rendering.problems().toString());
    }

    @Test
    void reportsEveryPieceOfRawHtmlAtItsOwnLine() {
        ArticleRendering rendering = ArticleRendering.of("<script>a</script>\n\nText.\n\nMore <iframe></iframe> text.\n");

        assertEquals(List.of(FIRST_LINE, FIRST_LINE + 4), rendering.problems().stream().map(Problem::line).toList());
    }

    @Test
    void reportsAStrayEndTagAtTheLineOfThePieceThatHasIt() {
        ArticleRendering rendering = ArticleRendering.of("<details>\n<summary>More</summary>\n\nText.\n\n</details></div>\n\nAfter.\n");

        assertEquals(FIRST_LINE + 5, rendering.problemLine());
        assertEquals("end tag </div> closes an element this text did not open", rendering.onlyProblem().message());
    }

    @Test
    void leavesHarmlessStrayEndTagsAndEscapedTagsAlone() {
        // a browser ignores an end tag with nothing to close, and flexmark escapes what is not a tag
        ArticleRendering rendering = ArticleRendering.of("Text <small>x</small></small> and <x:script>alert(1)</x:script>.");

        assertEquals(List.of(), rendering.problems());
        assertEquals(null, rendering.dom().selectFirst("script"));
    }

    @Test
    void acceptsEveryElementFlexmarkWritesForMarkdown() {
        ArticleRendering rendering = ArticleRendering.of("""
                ## A heading

                > [!NOTE]
                > A callout.

                > A quote.

                - [ ] open
                - [x] done

                3. three
                4. four

                | a | b | c |
                |:--|:-:|--:|
                | 1 | 2 | 3 |

                A footnote[^1], ~~struck~~, *em*, **strong**, `code`, https://example.org/page and a@example.org.

                [^1]: The note.

                ```java
                int x;
                ```

                ***

                line  \nbreak
                """);

        assertEquals(List.of(), rendering.problems());
        for (String tag : List.of("h2", "aside", "blockquote", "input", "ol", "table", "th", "td", "sup", "del", "em",
                "strong", "code", "pre", "hr", "br", "div")) {
            assertNotNull(rendering.dom().selectFirst(tag), tag);
        }
    }

    @Test
    void headingsCannotTakeTheIdsOfTheMarkersAroundTheBody() {
        ArticleRendering rendering = ArticleRendering.of("## LW-END\n\n## LW-AFTER\n\nA [tel:](tel:+441234) link, <kbd>Ctrl</kbd>.\n");

        assertEquals(List.of(), rendering.problems());
    }

    @Test
    void refusesHtmlNestedTooDeep() {
        ArticleRendering rendering = ArticleRendering.of("<sub>".repeat(HtmlPolicy.MAX_DEPTH + 10) + "x" + "</sub>".repeat(HtmlPolicy.MAX_DEPTH + 10));

        assertTrue(rendering.problems().stream().anyMatch(p -> p.message().startsWith("HTML elements are nested more than")),
                rendering.problems().toString());
    }
}
