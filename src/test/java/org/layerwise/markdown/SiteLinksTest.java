package org.layerwise.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.layerwise.model.SiteLink;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerwise.markdown.ArticleRendering.FIRST_LINE;

class SiteLinksTest {

    private static String href(ArticleRendering rendering) {
        return rendering.dom().selectFirst("a").attr("href");
    }

    @Test
    void resolvesTypeLinkRelativeToTheRoot() {
        ArticleRendering rendering = ArticleRendering.of("A [serum](type:serum).");

        assertEquals("../../types/serum/", href(rendering));
        assertEquals(List.of(new SiteLink("types/serum/", "", FIRST_LINE)), rendering.body().links());
        assertEquals(List.of(), rendering.problems());
    }

    @Test
    void resolvesTermLinkToItsAnchorOnTheGlossary() {
        ArticleRendering rendering = ArticleRendering.of("A [humectant](term:humectant).");

        assertEquals("../../glossary/#humectant", href(rendering));
        assertEquals(List.of(new SiteLink("glossary/", "humectant", FIRST_LINE)), rendering.body().links());
    }

    @Test
    void resolvesIngredientLinkToItsPage() {
        ArticleRendering rendering = ArticleRendering.of("Some [vitamin C](ingredient:vitamin-c).");

        assertEquals("../../ingredients/vitamin-c/", href(rendering));
        assertEquals(List.of(new SiteLink("ingredients/vitamin-c/", "", FIRST_LINE)), rendering.body().links());
        assertEquals(List.of(), rendering.problems());
    }

    @Test
    void reportsUnknownIngredientIdWithLineAndSuggestion() {
        ArticleRendering rendering = ArticleRendering.of("Intro.\n\nSee [it](ingredient:vitamin-k).");

        assertEquals(FIRST_LINE + 2, rendering.problemLine());
        assertEquals("unknown ingredient 'vitamin-k' in link ingredient:vitamin-k (did you mean 'vitamin-c'?); add "
                + "content/ingredients/vitamin-k.yaml or use one of: niacinamide, vitamin-c",
                rendering.onlyProblem().message());
    }

    @Test
    void reportsUnknownTypeIdWithLine() {
        ArticleRendering rendering = ArticleRendering.of("Intro.\n\nSee [it](type:serm).");

        assertEquals(FIRST_LINE + 2, rendering.problemLine());
        String message = rendering.onlyProblem().message();
        assertTrue(message.startsWith("unknown product type 'serm' in link type:serm"), message);
        assertTrue(message.contains("'serum'"), message);
    }

    @Test
    void reportsUnknownTermIdWithLine() {
        ArticleRendering rendering = ArticleRendering.of("One\ntwo [x](term:humectants)");

        assertEquals(FIRST_LINE + 1, rendering.problemLine());
        assertTrue(rendering.onlyProblem().message().startsWith("unknown glossary term 'humectants'"));
    }

    @Test
    void makesRootPathsRelativeAndRecordsThem() {
        ArticleRendering rendering = ArticleRendering.of("[faq](/faq/#how-many-serums)\n[guide](/articles/layering-order/)\n[home](/)");

        assertEquals(List.of("../../faq/#how-many-serums", "../../articles/layering-order/", "../../"),
                rendering.dom().select("a").eachAttr("href"));
        assertEquals(List.of(
                new SiteLink("faq/", "how-many-serums", FIRST_LINE),
                new SiteLink("articles/layering-order/", "", FIRST_LINE + 1),
                new SiteLink("", "", FIRST_LINE + 2)), rendering.body().links());
    }

    @Test
    void rewritesReferenceDefinitionsToo() {
        ArticleRendering rendering = ArticleRendering.of("A [serum][s].\n\n[s]: type:serum");

        assertEquals("../../types/serum/", href(rendering));
        assertEquals(List.of(new SiteLink("types/serum/", "", FIRST_LINE + 2)), rendering.body().links());
    }

    @Test
    void keepsEscapedCharactersOfRootPaths() {
        ArticleRendering rendering = ArticleRendering.of("[q](/search/#a&amp;b)");

        assertEquals("../../search/#a&b", href(rendering));
        assertEquals(List.of(new SiteLink("search/", "a&b", FIRST_LINE)), rendering.body().links());
    }

    @Test
    void reportsRelativeLinkWithLine() {
        ArticleRendering rendering = ArticleRendering.of("Text\n\n\n[order](layering-order/)");

        assertEquals(FIRST_LINE + 3, rendering.problemLine());
        assertTrue(rendering.onlyProblem().message().startsWith("relative link 'layering-order/'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.aad.org/public/everyday-care/sun-protection", "#usage", "mailto:editor@example.org", "//cdn.example.org/x"})
    void leavesExternalLinksAndFragmentsAsWritten(String url) {
        ArticleRendering rendering = ArticleRendering.of("[x](" + url + ")");

        assertEquals(url, href(rendering));
        assertEquals(List.of(), rendering.problems());
        assertEquals(url.startsWith("#") ? 1 : 0, rendering.body().links().size());
    }

    @Test
    void keepsALinkWithinThePageWithItsLineSoThatABrokenOneIsReportedThere() {
        ArticleRendering rendering = ArticleRendering.of("Text\n\n[how](#when-to-use-them)");

        SiteLink link = rendering.body().links().get(0);
        assertEquals(new SiteLink("", "when-to-use-them", FIRST_LINE + 2, true), link);
        assertEquals("#when-to-use-them", link.written());
    }
}
