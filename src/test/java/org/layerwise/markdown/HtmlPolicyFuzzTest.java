package org.layerwise.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.layerwise.model.Body;
import org.layerwise.model.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Random fragments built from the tokens parser tricks are made of, through the real body
 * pipeline: each must either be refused with a line, or come out as a page body whose tree,
 * parsed as a browser would where the page puts it, holds nothing outside a list of harmless
 * elements and attributes and leaves the rest of the page as it was. The list here is the test's
 * own, not the policy's.
 */
class HtmlPolicyFuzzTest {

    /** Fragments per seed: four seeds make 2,000 fragments in a few seconds. */
    private static final int FRAGMENTS = 500;

    private static final String[] TOKENS = {
            "<!--", "-->", "<!-->", "<!--->", "--!>", "<!- -", "<![CDATA[", "]]>", "<?xml ?>", "<?", "<!DOCTYPE html>",
            "<script>", "</script>", "<style>", "</style>", "<iframe src=x>", "<form action=x>", "<input>",
            "<input type=checkbox>", "<button>", "<meta http-equiv=refresh content=0>", "<base href=x>",
            "<link rel=stylesheet href=x>", "<svg>", "</svg>", "<math>", "<mtext>", "<mglyph>", "<table>", "<tr>", "<td>",
            "<noscript>", "</noscript>", "<textarea>", "</textarea>", "<title>", "<xmp>", "</xmp>", "<plaintext>",
            "<template>", "<select>", "<option>", "<object>", "<embed>", "<img src=x onerror=alert(1)>",
            "<a href=javascript:alert(1)>", "<a href=\"jav&#x09;ascript:x\">", "</a>", "<kbd>", "</kbd>", "<details open>",
            "</details>", "<summary>", "<small>", "</small>", "<sub>", "</sub>", "<sup>", "<mark style=color:red>",
            "<abbr title=\"", "<kbd onclick=x>", "<kbd/onclick=x>", "<div>", "</div>", "</main>", "</body>", "</html>",
            "<body onload=x>", "<html lang=x>", "<head>", "<frameset>", "<x:script>", "<div/onclick=x>",
            "<p title=\"", "\">", "'", "\"", "=", "&lt;", "&#x3C;", "&#60", "&#0;", "&amp", "&", "\u0000", "\t", "\n",
            "\n\n", ">", "<", "/", "x", " ", "`", "> ", "- ", "    ", "[a](javascript:x)", "![i](x)", "<https://x.y>",
            "data:text/html,x", "onerror=alert(1)", "style=x", "<!--layerwise:layering-diagram-->",
            "{{layering-diagram}}",
    };

    /** Elements a body may show, whatever it was written as. */
    private static final Set<String> HARMLESS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "blockquote", "pre", "code", "em", "strong", "del", "a", "img", "table", "thead", "tbody", "tr", "th", "td",
            "hr", "br", "input", "sup", "sub", "div", "span", "aside", "abbr", "details", "summary", "figure",
            "figcaption", "kbd", "mark", "small");

    private static final Set<String> ADDRESSES = Set.of("href", "src", "action", "formaction", "xlink:href", "data");

    private final MarkdownRenderer renderer = new MarkdownRenderer(new LinkTargets(Set.of("serum"), Set.of()),
            Path.of("assets"));

    @ParameterizedTest
    @ValueSource(longs = {20261201L, 1L, 42L, 7919L})
    void everyFragmentIsRefusedWithALineOrComesOutHarmless(long seed) {
        Random random = new Random(seed);
        int refused = 0;
        for (int i = 0; i < FRAGMENTS; i++) {
            StringBuilder fragment = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                fragment.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            String markdown = "Intro.\n\n" + fragment + "\n\nAfter.\n";
            List<Problem> problems = new ArrayList<>();
            Body body = renderer.render(markdown, new MarkdownContext(Path.of("a.md"), 1), problems);
            if (!problems.isEmpty()) {
                refused++;
                int lines = (int) markdown.lines().count();
                for (Problem problem : problems) {
                    assertTrue(problem.line() >= 1 && problem.line() <= lines, problem + " for " + markdown);
                }
                continue;
            }
            assertHarmless(body.html(), markdown);
        }
        assertTrue(refused > FRAGMENTS / 10 && refused < FRAGMENTS, refused + " of " + FRAGMENTS + " refused: the grammar should give both kinds");
    }

    private static void assertHarmless(String html, String markdown) {
        Document page = Jsoup.parse("<!DOCTYPE html><html><head><title>t</title></head><body><main><div id=\"box\">"
                + html + "</div><footer id=\"after\">after</footer></main></body></html>");
        String context = "\n--- markdown:\n" + markdown + "\n--- html:\n" + html;
        assertEquals(0, page.child(0).attributesSize() + page.head().attributesSize() + page.body().attributesSize(),
                "attributes reach the page's own elements" + context);
        assertEquals(1, page.head().childrenSize(), "something reached the head" + context);
        Element after = page.getElementById("after");
        if (after == null || after.parent() == null || !after.parent().normalName().equals("main")
                || after.parent().parent() != page.body()) {
            fail("the rest of the page is not as it was" + context);
        }
        for (Element element : page.getElementById("box").getAllElements()) {
            String name = element.normalName();
            if (!element.id().equals("box") && !HARMLESS.contains(name)) {
                fail("<" + name + "> got through" + context);
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("style") || key.equals("srcdoc") || key.equals("http-equiv")) {
                    fail("attribute " + key + " got through" + context);
                }
                if (ADDRESSES.contains(key)) {
                    String address = attribute.getValue().replaceAll("[\\u0000-\\u0020]", "").toLowerCase(Locale.ROOT);
                    if (address.startsWith("javascript:") || address.startsWith("data:") || address.startsWith("vbscript:")) {
                        fail("address " + attribute.getValue() + " got through" + context);
                    }
                }
            }
            if (name.equals("input") && !element.attr("type").equals("checkbox")) {
                fail("an input other than a task list's checkbox got through" + context);
            }
        }
    }
}
