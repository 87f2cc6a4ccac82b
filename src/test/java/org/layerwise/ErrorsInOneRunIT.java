package org.layerwise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Errors where the editor is looking: every stage that can run reports in one run, a link from
 * Markdown is blamed on its Markdown file and line wherever it ends up, and one template mistake
 * is one problem, however many pages it breaks.
 */
class ErrorsInOneRunIT {

    @TempDir
    Path folder;

    private static String failingBuild(FixtureSite site) {
        return site.failingBuild().err();
    }

    private static List<String> linesWith(String err, String text) {
        return err.lines().filter(line -> line.contains(text)).toList();
    }

    @Test
    void blamesABrokenInPageAnchorOnItsMarkdownLine() {
        FixtureSite site = FixtureSite.minimal(folder).write("content/articles/x.md", """
                ---
                title: X
                date: 2026-01-01
                ---
                Intro.

                See [how to layer](#when-to-use-them), or [the start](#intro-ok).

                ## Intro OK
                """);
        String err = failingBuild(site);
        assertTrue(err.contains("content/articles/x.md:7: broken link '#when-to-use-them' on /articles/x/: "
                + "no element with id 'when-to-use-them' on that page"), err);
        assertFalse(err.contains("templates"), "not the templates' fault: " + err);
        assertFalse(err.contains("intro-ok"), "that anchor exists: " + err);
    }

    @Test
    void blamesLinksInFaqAnswersAndTypeDescriptionsOnTheirFilesWhereverTheyAreShown() {
        FixtureSite site = FixtureSite.minimal(folder);
        site.write("content/faq.yaml", site.read("content/faq.yaml").replace(
                "then the [serum](type:serum).", "then the [serum](type:serum), [below](#nowhere)."));
        site.write("content/types/toner.yaml", site.read("content/types/toner.yaml")
                + "description: |\n  Read [the guide](/articles/no-such-guide/) first.\n");
        String err = failingBuild(site);
        assertTrue(err.contains("content/faq.yaml:3: broken link '#nowhere' on /faq/: no element with id 'nowhere'"), err);
        assertTrue(err.contains("content/types/toner.yaml:15: broken link to /articles/no-such-guide/: no such page or file"),
                err);
        assertFalse(err.contains("templates"), "no link here is the templates': " + err);
    }

    @Test
    void reportsLoadValidationTemplateAndLinkProblemsInOneRun() {
        FixtureSite site = FixtureSite.minimal(folder)
                .write("content/articles/a.md", "---\ntitle: A\ndate: 2026-01-01\ncolour: red\n---\nBody.\n")
                .write("content/articles/b.md", "---\ntitle: B\ndate: 2026-01-02\n---\nSee [it](/articles/nope/).\n");
        site.write("content/types/toner.yaml", site.read("content/types/toner.yaml") + "shade: pink\n");
        site.write("content/types/serum.yaml", site.read("content/types/serum.yaml")
                .replace("compare_with: [toner]", "compare_with: [toner, tonner]"));
        site.write("templates/tag.ftl", site.read("templates/tag.ftl").replace("${page.title}", "${page.nosuchfield}"));
        String err = failingBuild(site);
        assertTrue(err.contains("content/articles/a.md:4: unknown key 'colour'"), err);
        assertTrue(err.contains("content/types/toner.yaml:14:1: unknown key 'shade'"), err);
        assertTrue(err.contains("content/types/serum.yaml:10:23: compare_with names unknown product type 'tonner'"), err);
        assertTrue(err.contains("templates/tag.ftl:5:"), err);
        assertTrue(err.contains("content/articles/b.md:5: broken link to /articles/nope/: no such page or file"), err);
    }

    @Test
    void aTypeFileThatFailsToLoadCausesNoFollowUpErrors() {
        FixtureSite site = FixtureSite.minimal(folder).write("content/types/toner.yaml", "name: [unclosed\n");
        String err = failingBuild(site);
        assertTrue(err.contains("content/types/toner.yaml:"), err);
        assertEquals(List.of(), linesWith(err, "unknown product type"), err);
        assertEquals(List.of(), linesWith(err, "broken link"), err);
        assertEquals(List.of(), linesWith(err, "templates"), err);
    }

    @Test
    void anIngredientFileThatFailsToLoadCausesNoFollowUpErrors() {
        FixtureSite site = FixtureSite.minimal(folder)
                .write("content/ingredients/vitamin-c.yaml", "name: [unclosed\n")
                .write("content/articles/x.md", "---\ntitle: X\ndate: 2026-01-01\n---\nSome [C](ingredient:vitamin-c).\n");
        String err = failingBuild(site);
        assertTrue(err.contains("content/ingredients/vitamin-c.yaml:"), err);
        assertEquals(List.of(), linesWith(err, "unknown ingredient"), err);
        assertEquals(List.of(), linesWith(err, "broken link"), err);
    }

    @Test
    void anArticleThatFailsToLoadBreaksNoLinksToIt() {
        FixtureSite site = FixtureSite.minimal(folder)
                .write("content/articles/first-steps.md", "---\ntitle: Broken\ndate: soon\n---\n");
        String err = failingBuild(site);
        assertTrue(err.contains("content/articles/first-steps.md:3:"), err);
        assertEquals(List.of(), linesWith(err, "broken link"), err);
    }

    @Test
    void reportsOneTemplateMistakeOnceWithTheNumberOfPages() {
        FixtureSite site = FixtureSite.minimal(folder);
        site.write("templates/partials/site-footer.ftl", site.read("templates/partials/site-footer.ftl")
                .replace("${site.title} is", "${site.nosuchfield} is"));
        String err = failingBuild(site);
        List<String> lines = linesWith(err, "site-footer.ftl");
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).startsWith("templates/partials/site-footer.ftl:3:"), err);
        assertTrue(lines.get(0).matches(".*nosuchfield.* \\(on \\d+ pages, e\\.g\\. /[^ ]*\\)$"), err);
    }
}
