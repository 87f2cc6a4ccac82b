package org.layerwise;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Snippets, scaffolds from {@code new}, git dates and edit links, comparison intros (issue 16, items 13, 14, 16, 17). */
class ScaffoldsAndSnippetsIT {

    @TempDir
    Path folder;

    private static final String SNIPPET = """
            > [!IMPORTANT]
            > Education only. See the [serum](type:serum) page and the [FAQ](/faq/).
            """;

    @Test
    void placesASnippetWithItsLinksRelativeToThePage() {
        FixtureSite site = FixtureSite.minimal(folder)
                .write("content/snippets/not-medical-advice.md", SNIPPET)
                .write("content/articles/x.md", "---\ntitle: X\ndate: 2026-01-01\n---\nBefore.\n\n"
                        + "{{snippet not-medical-advice}}\n\nAfter.\n")
                .build();
        Document page = site.page("articles/x/");
        Element callout = page.selectFirst(".lw-prose blockquote, .lw-prose aside, .lw-prose [class*=callout]");
        assertNotNull(callout, page.select(".lw-prose").html());
        assertTrue(callout.text().contains("Education only."), callout.text());
        assertEquals("../../types/serum/", callout.selectFirst("a").attr("href"));
        assertFalse(page.select(".lw-prose").html().contains("{{"), "no embed left in the page");
        String prose = page.select(".lw-prose").text();
        assertTrue(prose.indexOf("Before.") < prose.indexOf("Education only.")
                && prose.indexOf("Education only.") < prose.indexOf("After."), prose);
    }

    @Test
    void anUnknownSnippetIsAnErrorWithFileLineAndSuggestion() {
        FixtureSite site = FixtureSite.minimal(folder)
                .write("content/snippets/not-medical-advice.md", SNIPPET)
                .write("content/articles/x.md", "---\ntitle: X\ndate: 2026-01-01\n---\nBefore.\n\n"
                        + "{{snippet not-medical-advise}}\n");
        FixtureSite.Run run = site.run("build");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/articles/x.md:7: unknown snippet 'not-medical-advise': no file "
                + "content/snippets/not-medical-advise.md; snippets: not-medical-advice (did you mean 'not-medical-advice'?)"),
                run.err());
    }

    @Test
    void aSnippetsOwnProblemsNameItsFileOnceAndSnippetsDoNotNest() {
        FixtureSite site = FixtureSite.minimal(folder)
                .write("content/snippets/broken.md", "Fine.\n\nSee [nothing](type:nothing).\n\n{{snippet broken}}\n")
                .write("content/articles/x.md", "---\ntitle: X\ndate: 2026-01-01\n---\n{{snippet broken}}\n")
                .write("content/articles/y.md", "---\ntitle: Y\ndate: 2026-01-01\n---\n{{snippet broken}}\n");
        FixtureSite.Run run = site.run("build");
        assertEquals(1, run.exitCode(), run.err());
        String err = run.err();
        assertTrue(err.contains("content/snippets/broken.md:3: "), err);
        assertEquals(err.indexOf("content/snippets/broken.md:3: "), err.lastIndexOf("content/snippets/broken.md:3: "),
                "reported once: " + err);
        assertTrue(err.contains("content/snippets/broken.md:5: a snippet cannot place another snippet"), err);
        assertFalse(err.contains("content/articles/x.md"), err);
    }

    @Test
    void aComparisonIntroShowsAboveTheTableAndInSearch() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder);
        String slug = "toner-vs-serum"; // the fixture's serum compares with toner
        site.write("content/comparisons/" + slug + ".md", "A word on [serum](type:serum) first.\n").build();
        Document page = site.page("compare/" + slug + "/");
        Element intro = page.selectFirst(".lw-comparison__intro");
        assertNotNull(intro, page.html());
        assertTrue(intro.text().contains("A word on serum first."), intro.text());
        assertEquals("../../types/serum/", intro.selectFirst("a").attr("href"));
        assertTrue(intro.elementSiblingIndex() < page.selectFirst("table").parents().stream()
                .filter(p -> p.parent() == intro.parent()).findFirst().orElseThrow().elementSiblingIndex(),
                "the intro comes before the table");
        String index = java.nio.file.Files.readString(site.output().resolve("search-index.json"));
        com.google.gson.JsonArray entries = com.google.gson.JsonParser.parseString(index).getAsJsonArray();
        com.google.gson.JsonObject entry = entries.asList().stream().map(e -> e.getAsJsonObject())
                .filter(e -> e.get("path").getAsString().equals("compare/" + slug + "/")).findFirst().orElseThrow();
        assertEquals("Comparison", entry.get("kind").getAsString());
        assertTrue(entry.get("text").getAsString().contains("A word on serum first."), entry.toString());
    }

    @Test
    void anIntroForNoComparisonIsAnErrorWithASuggestion() {
        FixtureSite site = FixtureSite.minimal(folder);
        String slug = "toner-vs-serum"; // the fixture's serum compares with toner
        String typo = slug.replace("-vs-", "-vs-x");
        site.write("content/comparisons/" + typo + ".md", "Intro.\n");
        FixtureSite.Run run = site.run("build");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/comparisons/" + typo + ".md:1: there is no comparison page /compare/"
                + typo + "/ for this intro (did you mean '" + slug + "'?)"), run.err());
    }
}
