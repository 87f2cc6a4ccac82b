package org.layerwise.markdown;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.layerwise.model.Heading;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeadingAnchorsTest {

    @Test
    void addsAnchorLinkAfterTheTextOfEachHeadingFromH2ToH6() {
        ArticleRendering rendering = ArticleRendering.of("## Why *layer*\n\n### Thin to thick\n\n###### Last\n");

        assertEquals("<h2 id=\"why-layer\" aria-labelledby=\"why-layer\">Why <em>layer</em>"
                + "<a class=\"lw-heading-anchor\" href=\"#why-layer\" aria-labelledby=\"why-layer\"><span aria-hidden=\"true\">#</span></a></h2>\n",
                rendering.html().lines().findFirst().orElseThrow() + "\n");
        List<Element> headings = rendering.dom().select("h2, h3, h4, h5, h6");
        assertEquals(3, headings.size());
        for (Element heading : headings) {
            Element anchor = heading.child(heading.childrenSize() - 1);
            assertEquals("lw-heading-anchor", anchor.className());
            assertEquals("#" + heading.id(), anchor.attr("href"));
            assertEquals(heading.id(), anchor.attr("aria-labelledby"), "the link is named by its heading");
            assertEquals(heading.id(), heading.attr("aria-labelledby"), "the heading's name leaves the link out");
            assertEquals("#", anchor.text(), "the link shows a visible sign");
        }
    }

    @Test
    void leavesThePageTitleWithoutAnchor() {
        Element title = ArticleRendering.of("# Title").dom().selectFirst("h1");

        assertEquals("title", title.id());
        assertEquals(0, title.childrenSize());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Hello, World!|hello-world",
            "snake_case and kebab-case|snake_case-and-kebab-case",
            "Why? Because: reasons.|why-because-reasons",
            "A -- B|a----b",
            "3.1 Überblick|31-überblick",
            "`code` *in* a [link](/faq/)|code-in-a-link",
            "Serum vs. ampoule: which, when & how often|serum-vs-ampoule-which-when--how-often",
    })
    void givesHeadingsTheIdsGitHubGives(String text, String id) {
        assertEquals(id, ArticleRendering.of("## " + text).dom().selectFirst("h2").id());
    }

    @Test
    void numbersDuplicateIdsAsGitHubDoes() {
        ArticleRendering rendering = ArticleRendering.of("## Usage\n\n## Usage\n\n### Usage\n");

        assertEquals(List.of("usage", "usage-1", "usage-2"), rendering.dom().select("h2, h3").eachAttr("id"));
    }

    @Test
    void listsHeadingsWithTheIdsAndTextOfTheHtml() {
        ArticleRendering rendering = ArticleRendering.of("# Title\n\n## Serum \"vs\" ampoule -- *which*?\n\n### Usage\n\n## Usage\n");

        assertEquals(List.of(
                new Heading(1, "title", "Title"),
                new Heading(2, "serum-vs-ampoule----which", "Serum “vs” ampoule – which?"),
                new Heading(3, "usage", "Usage"),
                new Heading(2, "usage-1", "Usage")), rendering.body().headings());
        assertEquals(rendering.body().headings().stream().map(Heading::id).toList(),
                rendering.dom().select("h1, h2, h3").eachAttr("id"));
    }
}
