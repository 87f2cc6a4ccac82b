package org.layerwise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of mistake fails the build with exit code 1 and names the file and line. */
class BuildErrorsIT {

    @TempDir
    Path folder;

    private FixtureSite.Run failingBuild(FixtureSite site) {
        return site.failingBuild();
    }

    @Test
    void reportsAnImpossibleDateWithFileAndLine() {
        FixtureSite site = FixtureSite.minimal(folder).write("content/articles/x.md", """
                ---
                title: X
                date: 2026-13-01
                ---
                Body.
                """);
        assertTrue(failingBuild(site).err().contains(
                "content/articles/x.md:3: date \"2026-13-01\" is YYYY-MM-DD but not a real day: there is no month 13"));
    }

    @Test
    void saysWhyAWellFormedDateIsNoDayAndWhenADateIsNotYyyyMmDd() {
        FixtureSite site = FixtureSite.minimal(folder)
                .write("content/articles/x.md", "---\ntitle: X\ndate: 2026-02-30\n---\nBody.\n")
                .write("content/articles/y.md", "---\ntitle: Y\ndate: 2024-02-29\nupdated: 1 March 2024\n---\nBody.\n");
        String err = failingBuild(site).err();
        assertTrue(err.contains("content/articles/x.md:3: date \"2026-02-30\" is YYYY-MM-DD but not a real day: "
                + "February 2026 has 28 days"), err);
        assertTrue(err.contains("content/articles/y.md:4: updated \"1 March 2024\" is not YYYY-MM-DD"), err);
        assertFalse(err.contains("y.md:3"), "2024 is a leap year: " + err);
    }

    @Test
    void hintsAtTheLayerwiseWayForHugoAndJekyllKeys() {
        FixtureSite site = FixtureSite.minimal(folder).write("content/articles/x.md", """
                ---
                title: X
                date: 2026-01-01
                draft: true
                description: "One sentence."
                categories: [serum]
                slug: other-name
                ---
                Body.
                """);
        String err = failingBuild(site).err();
        assertTrue(err.contains("content/articles/x.md:4: unknown key 'draft': Layerwise marks drafts with `status: draft`"), err);
        assertTrue(err.contains("content/articles/x.md:5: unknown key 'description': use `summary:`"), err);
        assertTrue(err.contains("content/articles/x.md:6: unknown key 'categories': use `tags:`"), err);
        assertTrue(err.contains("content/articles/x.md:7: unknown key 'slug': the address comes from the file name"), err);
    }

    @Test
    void reportsMalformedFrontMatterYaml() {
        FixtureSite site = FixtureSite.minimal(folder).write("content/articles/x.md", """
                ---
                title: "unclosed
                date: 2026-01-01
                ---
                """);
        String err = failingBuild(site).err();
        // the parser's mark: the quoted title, opened on line 2, still open where the front matter ends
        assertTrue(err.lines().anyMatch(line -> line.equals(
                        "content/articles/x.md:3: invalid YAML: while scanning a quoted scalar: found unexpected end of stream")),
                "names the file, the line and the parser's message: " + err);
    }

    @Test
    void reportsMissingAndMistypedFieldsAndUnknownKeysTogether() {
        FixtureSite site = FixtureSite.minimal(folder).write("content/articles/x.md", """
                ---
                titel: X
                date: 2026-01-01
                tags: serum
                ---
                Body.
                """);
        String err = failingBuild(site).err();
        assertTrue(err.contains("content/articles/x.md:2: unknown key 'titel' (did you mean 'title'?)"), err);
        assertTrue(err.contains("content/articles/x.md:4: tags must be a list"), err);
        assertTrue(err.contains("missing required key 'title'"), err);
    }

    @Test
    void reportsAnUnknownProductTypeIdAtItsLine() {
        FixtureSite site = FixtureSite.minimal(folder).write("content/articles/x.md", """
                ---
                title: X
                date: 2026-01-01
                types: [serum, sreum]
                ---
                Body.
                """);
        assertTrue(failingBuild(site).err().contains(
                "content/articles/x.md:4: types names unknown product type 'sreum' (did you mean 'serum'?)"));
    }

    @Test
    void reportsEveryPlacementProblemInOneRun() {
        FixtureSite site = FixtureSite.minimal(folder).write("content/types/essence.yaml", """
                name: Essence
                summary: Light.
                texture: 2
                actives: 2
                frequency: Daily
                cadence: daily
                base: water
                routines:
                  morning: {step: 60}
                  evening: {step: 50, or: [tonr]}
                sources:
                  - {title: Example, url: "https://example.org/essence"}
                """);
        String err = failingBuild(site).err();
        assertTrue(err.contains("content/types/serum.yaml:3:1: morning routine: Serum and Essence both take step 60;"
                + " mark them as alternatives (or: [essence]) or a group (with: [essence]) under routines.morning"), err);
        assertTrue(err.contains("content/types/essence.yaml:10:28: or names unknown product type 'tonr' (did you"
                + " mean 'toner'?)"), err);
    }

    @Test
    void reportsRoutineEmbedsWithLine() {
        FixtureSite site = FixtureSite.minimal(folder).write("content/articles/order.md", """
                ---
                title: Order
                date: 2026-01-01
                summary: The order.
                ---

                {{routine night}}
                """);
        assertTrue(failingBuild(site).err().contains("content/articles/order.md:7: {{routine}} needs morning or"
                + " evening first"));
        site.write("content/articles/order.md", site.read("content/articles/order.md")
                .replace("{{routine night}}", "{{routine evening only=serum,sunscreen}}"));
        String err = failingBuild(site).err();
        assertTrue(err.contains("content/articles/order.md:7: {{routine evening …}} names 'sunscreen', which is no"
                + " product type or treatment; the evening routine has: toner, serum, moisturizer"), err);
    }

    @Test
    void reportsBrokenTypeFilesWithLineAndColumn() {
        FixtureSite site = FixtureSite.minimal(folder).write("content/types/essence.yaml", """
                name: Essence
                summary: Light.
                step: 50
                texture: 9
                actives: two
                frequency: Daily
                cadence: sometimes
                time: [am]
                base: water
                compare_with: [serum, nothing]
                sources: []
                """);
        String err = failingBuild(site).err();
        assertTrue(err.contains("content/types/essence.yaml:4:10: texture must be from 1 to 5, not 9"), err);
        assertTrue(err.contains("content/types/essence.yaml:5:10: actives must be a whole number"), err);
        assertTrue(err.contains("content/types/essence.yaml:7:10: cadence 'sometimes' is not one of: daily, weekly, as-needed"), err);
        assertTrue(err.contains("content/types/essence.yaml:11:10: sources needs at least one source"), err);
    }

    @Test
    void reportsUnknownComparisonIdsAfterLoading() {
        FixtureSite site = FixtureSite.minimal(folder).write("content/types/serum.yaml",
                FixtureSite.minimal(folder).read("content/types/serum.yaml").replace("compare_with: [toner]",
                        "compare_with: [toner, tonner]"));
        assertTrue(failingBuild(site).err().contains(
                "content/types/serum.yaml:10:23: compare_with names unknown product type 'tonner' (did you mean 'toner'?)"));
    }

    @Test
    void reportsUnknownIdsAndTwiceDeclaredPairsOfIngredientsAtTheirLineAndColumn() {
        FixtureSite site = FixtureSite.minimal(folder);
        site.write("content/ingredients/glycolic-acid.yaml", site.read("content/ingredients/glycolic-acid.yaml")
                .replace("types: [toner]", "types: [tonner]"));
        site.write("content/ingredient-pairs.yaml", site.read("content/ingredient-pairs.yaml")
                .replace("between: [vitamin-c, niacinamide]", "between: [vitamin-c, niacinamid]") + """
                - between: [glycolic-acid, retinol]
                  title: Again
                  verdict: caution
                  reason: R.
                  advice: A.
                  evidence: E.
                  sources:
                    - title: "Example"
                      url: https://example.org/again
                """);
        String err = failingBuild(site).err();
        assertTrue(err.contains("content/ingredients/glycolic-acid.yaml:7:9: types names unknown product type 'tonner' "
                + "(did you mean 'toner'?)"), err);
        assertTrue(err.contains("content/ingredient-pairs.yaml:11:24: between names unknown ingredient 'niacinamid' "
                + "(did you mean 'niacinamide'?)"), err);
        assertTrue(err.contains("content/ingredient-pairs.yaml:20:3: the pair glycolic-acid and retinol is already "
                + "declared in 'Retinol with glycolic acid': declare each pair once"), err);
    }

    @Test
    void reportsAnUnknownIngredientInAMarkdownLinkWithASuggestion() {
        FixtureSite site = FixtureSite.minimal(folder).write("content/articles/x.md",
                "---\ntitle: X\ndate: 2026-01-01\n---\n\nSome [C](ingredient:vitamin-d).\n");
        assertTrue(failingBuild(site).err().contains("content/articles/x.md:6: unknown ingredient 'vitamin-d' in link "
                + "ingredient:vitamin-d (did you mean 'vitamin-c'?)"));
    }

    @Test
    void reportsTwoPagesWithTheSameAddress() {
        FixtureSite site = FixtureSite.minimal(folder).write("content/pages/articles.md", """
                ---
                title: Clash
                ---
                Text.
                """);
        assertTrue(failingBuild(site).err().contains("content/pages/articles.md: this page would be written to /articles/"));
    }

    @Test
    void reportsATemplateErrorAtItsLineInsteadOfWritingItIntoThePage() {
        FixtureSite site = FixtureSite.minimal(folder);
        site.write("templates/tag.ftl", site.read("templates/tag.ftl").replace("${page.title}", "${page.nosuchfield}"));
        String err = failingBuild(site).err();
        assertTrue(err.contains("templates/tag.ftl:5:"), err);
        assertTrue(err.contains("nosuchfield"), err);
    }

    @Test
    void reportsABrokenInternalLinkAtItsLine() {
        FixtureSite site = FixtureSite.minimal(folder).write("content/articles/x.md", """
                ---
                title: X
                date: 2026-01-01
                ---
                Intro.

                See [the guide](/articles/no-such-article/).
                """);
        assertTrue(failingBuild(site).err().contains(
                "content/articles/x.md:7: broken link to /articles/no-such-article/: no such page or file"));
    }

    @Test
    void reportsEveryProblemOfEveryFileInOneRun() {
        FixtureSite site = FixtureSite.minimal(folder)
                .write("content/articles/a.md", "---\ntitle: A\n---\n")
                .write("content/articles/b.md", "no front matter\n");
        String err = failingBuild(site).err();
        assertTrue(err.contains("content/articles/a.md:2: missing required key 'date'"), err);
        assertTrue(err.contains("content/articles/b.md:1: missing front matter"), err);
        assertTrue(err.contains("2 problems"), err);
    }

    @Test
    void leavesThePreviousGoodSiteExactlyAsItWas() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder).build();
        Path page = site.output().resolve("articles/first-steps/index.html");
        byte[] before = Files.readAllBytes(page);
        site.write("content/articles/first-steps.md", "---\ntitle: Broken\ndate: soon\n---\n");
        failingBuild(site);
        assertEquals(-1L, Files.mismatch(page, writeTemp(before)));
        try (var leftovers = Files.list(site.output().getParent())) {
            assertEquals(List.of("site"), leftovers.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("layerwise-cache")).toList(), "no staging folders left behind");
        }
    }

    @Test
    void theSiteABuildReplacedIsRemovedByTheNextBuild() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder).build().build();
        Path target = site.output().getParent();
        List<String> first = replacedSites(target);
        assertEquals(1, first.size(), "the first site, moved aside by the second build: " + first);
        site.build();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (replacedSites(target).contains(first.get(0)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        List<String> now = replacedSites(target);
        assertEquals(1, now.size(), "only the second site is left aside: " + now);
        assertFalse(now.contains(first.get(0)));
        assertTrue(Files.exists(site.output().resolve("articles/first-steps/index.html")));
    }

    private static List<String> replacedSites(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.startsWith(".site.old-")).toList();
        }
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder).write("precious/notes.txt", "mine");
        FixtureSite.Run run = site.run("build", "--output", site.root().resolve("precious").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("refusing to replace a folder this tool did not write"), run.err());
        assertEquals("mine", site.read("precious/notes.txt"));
    }

    @Test
    void checkWritesNothing() {
        FixtureSite site = FixtureSite.minimal(folder);
        FixtureSite.Run run = site.run("check");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.exists(site.output()));
    }

    @Test
    void scaffoldsANewArticleThatBuildsAndNeverOverwrites() {
        FixtureSite site = FixtureSite.minimal(folder);
        assertEquals(0, site.run("new", "article", "Why Toner?").exitCode());
        assertTrue(site.read("content/articles/why-toner.md").contains("status: draft"));
        assertEquals(0, site.run("check").exitCode());
        assertEquals(1, site.run("new", "article", "Why toner").exitCode());
    }

    private Path writeTemp(byte[] bytes) throws Exception {
        Path file = Files.createTempFile(folder, "before", ".html");
        Files.write(file, bytes);
        return file;
    }
}
