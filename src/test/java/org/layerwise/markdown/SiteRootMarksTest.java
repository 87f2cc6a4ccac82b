package org.layerwise.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.model.Body;
import org.layerwise.model.SitePaths;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One rendering of a body serves every page that shows it, and the feed. */
class SiteRootMarksTest {

    private static final String MARKDOWN = """
            A [type](type:serum), a [term](term:humectant), an [ingredient](ingredient:niacinamide),
            a [root path](/faq/#what-goes-first), a [reference][r], a [place](#notes) on the page
            and [elsewhere](https://example.org/x).

            [r]: /articles/layering-order/
            """;

    @Test
    void aBodyRenderedOnceLinksRelativelyAtEveryDepth() {
        Body body = ArticleRendering.of(MARKDOWN).body();
        assertEquals(links(""), body.htmlAt(SitePaths.HOME));
        assertEquals(links("../"), body.htmlAt("faq/"));
        assertEquals(links("../"), body.htmlAt("about/"));
        assertEquals(links("../../"), body.htmlAt("articles/a/"));
        assertEquals(links("../../"), body.htmlAt("types/serum/"));
        assertEquals(links("https://example.org/lw/"), body.htmlFrom("https://example.org/lw/"));
    }

    @Test
    void marksOnlySitePathsAndImages(@TempDir Path assets) throws Exception {
        Files.createDirectories(assets.resolve("img"));
        Files.write(assets.resolve("img/a.png"), Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="));
        ArticleRendering rendering = ArticleRendering.of("![A dot](/img/a.png) [b][i]\n\n![Same][i]\n\n[i]: /img/a.png\n", assets);
        assertEquals(List.of(), rendering.problems());
        String html = rendering.body().html();
        assertEquals(3, html.chars().filter(c -> c == SitePaths.ROOT_MARK).count(), html);
        assertTrue(rendering.body().htmlAt("articles/a/").contains("<img src=\"../../img/a.png\" alt=\"A dot\""),
                rendering.body().htmlAt("articles/a/"));
        assertTrue(rendering.body().htmlAt("faq/").contains("<a href=\"../img/a.png\">b</a>"));
        assertTrue(rendering.body().htmlAt("faq/").contains("<img src=\"../img/a.png\" alt=\"Same\""));
    }

    @Test
    void aRootMarkInTheMarkdownIsReportedAndLeftOut() {
        String mark = String.valueOf(SitePaths.ROOT_MARK);
        ArticleRendering rendering = ArticleRendering.of("Text" + mark + "here and [a link](/faq/" + mark + ").\n");
        assertTrue(rendering.onlyProblem().message().contains("U+0001 is not allowed"), rendering.problems().toString());
        String html = rendering.body().html();
        assertEquals(1, html.chars().filter(c -> c == SitePaths.ROOT_MARK).count(),
                "the only mark is the renderer's, before the link's site path: " + html);
        assertEquals("<p>Texthere and <a href=\"../../faq/\">a link</a>.</p>\n", rendering.html());
    }

    private static String links(String root) {
        return "<p>A <a href=\"" + root + "types/serum/\">type</a>, a <a href=\"" + root + "glossary/#humectant\">term</a>,"
                + " an <a href=\"" + root + "ingredients/niacinamide/\">ingredient</a>,\n"
                + "a <a href=\"" + root + "faq/#what-goes-first\">root path</a>, a <a href=\"" + root
                + "articles/layering-order/\">reference</a>, a <a href=\"#notes\">place</a> on the page\n"
                + "and <a href=\"https://example.org/x\">elsewhere</a>.</p>\n";
    }
}
