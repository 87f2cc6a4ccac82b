package org.layerwise.markdown;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.layerwise.model.Problem;
import org.layerwise.model.SourcePolicy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerwise.markdown.ArticleRendering.FIRST_LINE;

class CitedSourcesTest {

    @Test
    void labelsAFootnoteByTheKindItOpensWith() {
        ArticleRendering rendering = ArticleRendering.of(
                "A claim.[^1]\n\n[^1]: Review: [Two dermatologists](https://pmc.ncbi.nlm.nih.gov/articles/PMC5605218/) agree.");
        assertEquals(List.of(), rendering.problems());
        Element label = rendering.dom().selectFirst(".footnotes .lw-source-kind");
        assertEquals("Review", label.text());
        assertTrue(rendering.dom().selectFirst(".footnotes li").text().startsWith("Review Two dermatologists agree"),
                rendering.html());
        assertTrue(rendering.body().text().contains("Review Two dermatologists"), rendering.body().text());
    }

    @Test
    void readsKindsOfTwoWordsInAnyCase() {
        ArticleRendering rendering = ArticleRendering.of(
                "A claim.[^1]\n\n[^1]: professional body: [A page](https://example.org/page)");
        assertEquals(List.of(), rendering.problems());
        assertEquals("Professional body", rendering.dom().selectFirst(".footnotes .lw-source-kind").text());
    }

    @Test
    void leavesOtherOpeningsOfAFootnoteAlone() {
        ArticleRendering rendering = ArticleRendering.of(
                "A claim.[^1] Another.[^2]\n\n[^1]: (2017, updated) A page: [x](https://example.org/page)\n"
                        + "[^2]: Note: the label says so, [here](https://example.org/label).");
        assertEquals(List.of(), rendering.problems());
        assertTrue(rendering.dom().select(".lw-source-kind").isEmpty());
        assertTrue(rendering.dom().selectFirst(".footnotes li").text().startsWith("(2017, updated) A page"));
    }

    @Test
    void reportsAnUnknownKindWithTheNearestOneAtTheFootnotesLine() {
        ArticleRendering rendering = ArticleRendering.of(
                "A claim.[^1]\n\n[^1]: Lable: [A drug label](https://example.org/label)");
        assertEquals(FIRST_LINE + 2, rendering.problemLine());
        assertTrue(rendering.onlyProblem().message().startsWith("source kind 'Lable' is not one of: Guideline"),
                rendering.onlyProblem().message());
        assertTrue(rendering.onlyProblem().message().endsWith("(did you mean 'Label'?)"));

        ArticleRendering lowercase = ArticleRendering.of("A claim.[^1]\n\n[^1]: reveiw: [A review](https://example.org/review)");
        assertTrue(lowercase.onlyProblem().message().endsWith("(did you mean 'Review'?)"), lowercase.onlyProblem().message());
    }

    @Test
    void reportsHomePagesInFootnotesLinksAndBareAddressesAlike() {
        ArticleRendering rendering = ArticleRendering.of("""
                See [the AAD](https://www.aad.org/).[^1]

                Or https://sokoglam.com/ itself.

                [^1]: Soko Glam: [sokoglam.com](https://sokoglam.com)
                """);
        assertEquals(List.of(FIRST_LINE, FIRST_LINE + 2, FIRST_LINE + 4),
                rendering.problems().stream().map(Problem::line).toList());
        assertTrue(rendering.problems().stream().allMatch(p -> p.message().contains("is a home page")),
                rendering.problems().toString());
    }

    @Test
    void reportsALinkOnARefusedHost() {
        List<Problem> problems = new ArrayList<>();
        MarkdownRenderer renderer = new MarkdownRenderer(new LinkTargets(Set.of(), Set.of(), Set.of(),
                new SourcePolicy(Map.of("beauty-ai.app", "AI-generated answers"))), Path.of("assets"));
        renderer.render("[^1]\n\n[^1]: [an answer](https://beauty-ai.app/answers/retinol)",
                new MarkdownContext(Path.of("content/articles/a.md"), 1), problems);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("refused host, beauty-ai.app (AI-generated answers)"));
    }
}
