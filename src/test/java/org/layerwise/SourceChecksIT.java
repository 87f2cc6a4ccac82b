package org.layerwise;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build checks what the site cites: a bare home page or a page on a refused host fails it
 * with the file and line, so does a mistyped source kind or a FAQ answer without sources; kinds
 * and review dates reach the pages, and {@code check} lists pages due for review.
 */
class SourceChecksIT {

    @TempDir
    Path folder;

    private String failingBuild(FixtureSite site) {
        return site.failingBuild().err();
    }

    private FixtureSite withSerumSourceUrl(String url) {
        FixtureSite site = FixtureSite.minimal(folder);
        return site.write("content/types/serum.yaml", site.read("content/types/serum.yaml")
                .replace("url: https://example.org/serum", "url: " + url));
    }

    @Test
    void failsOnAHomePageSourceInATypeFileWithItsFileAndLine() {
        String err = failingBuild(withSerumSourceUrl("https://sokoglam.com/"));
        assertTrue(err.contains("content/types/serum.yaml:25:10: source https://sokoglam.com/ is a home page;"
                + " cite the specific page that says it"), err);
    }

    @Test
    void failsOnAHomePageWithoutAPathToo() {
        String err = failingBuild(withSerumSourceUrl("https://www.aad.org"));
        assertTrue(err.contains("content/types/serum.yaml:25:10: source https://www.aad.org is a home page"), err);
    }

    @Test
    void failsOnASourceOnARefusedHostOrItsSubdomainWithTheReason() {
        FixtureSite site = withSerumSourceUrl("https://www.droracle.ai/answers/retinoids")
                .write("content/refused-sources.yaml", """
                        - host: droracle.ai
                          reason: AI-generated answers
                        """);
        String err = failingBuild(site);
        assertTrue(err.contains("content/types/serum.yaml:25:10: source https://www.droracle.ai/answers/retinoids"
                + " is on a refused host, droracle.ai (AI-generated answers)"), err);
    }

    @Test
    void reportsAMalformedRefusedHostInTheListItself() {
        FixtureSite site = FixtureSite.minimal(folder).write("content/refused-sources.yaml", """
                - host: https://droracle.ai/
                  reason: AI-generated answers
                """);
        String err = failingBuild(site);
        assertTrue(err.contains("content/refused-sources.yaml:1:9: host 'https://droracle.ai/' must be a host name"
                + " alone"), err);
    }

    @Test
    void failsOnAMistypedSourceKindWithASuggestion() {
        FixtureSite site = FixtureSite.minimal(folder);
        site.write("content/types/serum.yaml", site.read("content/types/serum.yaml")
                .replace("    url: https://example.org/serum", "    url: https://example.org/serum\n    kind: reveiw"));
        String err = failingBuild(site);
        assertTrue(err.contains("content/types/serum.yaml:26:11: kind 'reveiw' is not one of: guideline, study,"
                + " review, label, professional, retailer, brand, editorial (did you mean 'review'?)"), err);
    }

    @Test
    void failsOnAFaqAnswerWithoutSources() {
        FixtureSite site = FixtureSite.minimal(folder);
        String faq = site.read("content/faq.yaml");
        site.write("content/faq.yaml", faq.substring(0, faq.indexOf("  sources:")));
        String err = failingBuild(site);
        assertTrue(err.contains("content/faq.yaml:1:3: missing required key 'sources' in 0"), err);
    }

    @Test
    void failsOnAGlossaryDefinitionWithAnEmptySourceList() {
        FixtureSite site = FixtureSite.minimal(folder);
        String glossary = site.read("content/glossary.yaml");
        site.write("content/glossary.yaml", glossary.substring(0, glossary.indexOf("  sources:")) + "  sources: []\n");
        String err = failingBuild(site);
        assertTrue(err.contains("content/glossary.yaml:4:12: sources needs at least one source"), err);
    }

    @Test
    void failsOnAHomePageOrAMistypedKindInAnArticleFootnote() {
        FixtureSite site = FixtureSite.minimal(folder).write("content/articles/cited.md", """
                ---
                title: Cited
                date: 2026-01-01
                ---
                A claim.[^1] Another.[^2]

                [^1]: Reveiw: [A review](https://example.org/review)
                [^2]: A shop: [sokoglam.com](https://sokoglam.com/)
                """);
        String err = failingBuild(site);
        assertTrue(err.contains("content/articles/cited.md:7: source kind 'Reveiw' is not one of: Guideline,"), err);
        assertTrue(err.contains("(did you mean 'Review'?)"), err);
        assertTrue(err.contains("content/articles/cited.md:8: source https://sokoglam.com/ is a home page"), err);
    }

    @Test
    void showsKindsAndReviewDatesOnThePages() {
        FixtureSite site = FixtureSite.minimal(folder);
        site.write("content/types/serum.yaml", site.read("content/types/serum.yaml")
                .replace("    url: https://example.org/serum", "    url: https://example.org/serum\n    kind: review")
                + "reviewed: 2026-11-30\n");
        site.write("content/articles/cited.md", """
                ---
                title: Cited
                date: 2026-01-01
                reviewed: 2026-02-03
                ---
                A claim.[^1]

                [^1]: Label: [Drug label](https://example.org/label)
                """);
        site.build();
        Document type = site.page("types/serum/index.html");
        assertEquals("Review", type.select("#sources + .lw-sources .lw-source-kind").text());
        assertEquals("Reviewed 30 November 2026", type.select(".lw-reviewed").text());
        Document article = site.page("articles/cited/index.html");
        assertEquals("Label", article.select(".footnotes .lw-source-kind").text());
        assertTrue(article.select(".footnotes li").text().contains("Label Drug label"), article.select(".footnotes").text());
        assertEquals("2026-02-03", article.select(".lw-article__meta time").last().attr("datetime"));
        Document faq = site.page("faq/index.html");
        assertEquals("Professional body", faq.select(".lw-faq .lw-sources--compact .lw-source-kind").text());
        assertEquals("https://example.org/humectants",
                site.page("glossary/index.html").select("dd .lw-sources--compact a").attr("href"));
    }

    @Test
    void checkListsPagesNotReviewedInTheLastTwelveMonths() {
        FixtureSite site = FixtureSite.minimal(folder);
        site.write("content/types/serum.yaml", site.read("content/types/serum.yaml") + "reviewed: 2020-01-31\n");
        site.write("content/types/toner.yaml", site.read("content/types/toner.yaml")
                + "reviewed: " + LocalDate.now() + "\n");
        FixtureSite.Run run = site.run("check");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("not reviewed in the last 12 months"), run.out());
        assertTrue(run.out().contains("content/types/serum.yaml: last reviewed 2020-01-31"), run.out());
        assertTrue(run.out().contains("content/types/moisturizer.yaml: never reviewed"), run.out());
        assertFalse(run.out().contains("content/types/toner.yaml"), run.out());
    }
}
