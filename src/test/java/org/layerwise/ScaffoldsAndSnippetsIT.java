package org.layerwise;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    private static final String UNDATED = "---\ntitle: Undated\ndate: 2026-10-01\n---\nBody.\n";

    private void git(Path project, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Editor", "-c", "user.email=editor@example.org"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_AUTHOR_DATE", "2026-11-20T12:00:00+00:00");
        builder.environment().put("GIT_COMMITTER_DATE", "2026-11-20T12:00:00+00:00");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
    }

    @Test
    void anArticleWithoutUpdatedShowsTheDayOfItsLastCommit() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder).write("content/articles/undated.md", UNDATED);
        git(site.root(), "init", "-q");
        git(site.root(), "add", "content");
        git(site.root(), "commit", "-q", "-m", "Content");
        site.write("content/articles/not-committed.md", UNDATED.replace("Undated", "Not committed")).build();

        Element updated = site.page("articles/undated/").selectFirst(".lw-article__meta time.dt-updated");
        assertNotNull(updated);
        assertEquals("2026-11-20", updated.attr("datetime"));
        assertTrue(updated.parent().text().contains("last updated 20 November 2026"), updated.parent().text());
        assertEquals("2026-10-05", site.page("articles/first-steps/").selectFirst("time.dt-updated").attr("datetime"),
                "the updated field wins over the commit");
        assertNull(site.page("articles/not-committed/").selectFirst("time.dt-updated"), "no commit, no date");
    }

    @Test
    void withoutGitAnArticleShowsNoCommitDateAndTheBuildSucceeds() {
        FixtureSite site = FixtureSite.minimal(folder).write("content/articles/undated.md", UNDATED).build();
        assertNull(site.page("articles/undated/").selectFirst("time.dt-updated"));
        assertNull(site.page("articles/undated/").selectFirst(".lw-article__edit"), "no repository named");
    }

    @Test
    void anArticleLinksToItsFileOnGitHubWhenTheRepositoryIsNamed() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder).write("content/articles/reader-questions/세럼과-앰플.md", UNDATED);
        Path properties = site.root().resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties)
                + "site.repository=https://github.com/owner/repo/\nsite.branch=trunk\n");
        site.build();
        Element edit = site.page("articles/세럼과-앰플/").selectFirst(".lw-article__edit a");
        assertNotNull(edit);
        assertEquals("Edit this page", edit.text());
        assertEquals("https://github.com/owner/repo/edit/trunk/content/articles/reader-questions/"
                + "%EC%84%B8%EB%9F%BC%EA%B3%BC-%EC%95%B0%ED%94%8C.md", edit.attr("href"));
    }

    @Test
    void aRepositoryThatIsNoHttpsAddressIsAnError() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder);
        Path properties = site.root().resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties) + "site.repository=github.com/owner/repo\n");
        FixtureSite.Run run = site.run("build");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("jbake.properties: site.repository 'github.com/owner/repo' must be an absolute"),
                run.err());
    }

    private static final String FILL_IN = "' (the scaffold left it empty; the comment above it says what goes there)";

    @Test
    void aNewTypeHasEveryRequiredKeyAndFailsTheBuildNamingEachValueToFillIn() {
        FixtureSite site = FixtureSite.minimal(folder);
        FixtureSite.Run created = site.run("new", "type", "Toner pad");
        assertEquals(0, created.exitCode(), created.err());
        String scaffold = site.read("content/types/toner-pad.yaml");
        for (String key : List.of("name", "summary", "texture", "actives", "frequency", "cadence", "base", "routines",
                "sources")) {
            assertTrue(scaffold.contains("\n" + key + ":"), key + " in\n" + scaffold);
        }
        FixtureSite.Run build = site.run("build");
        assertEquals(1, build.exitCode(), build.err());
        String err = build.err();
        for (String key : List.of("summary", "texture", "actives", "frequency", "cadence", "base", "routines.morning.step",
                "routines.evening.step", "sources")) {
            assertTrue(err.contains(": fill in '" + key + FILL_IN), key + " in\n" + err);
        }
        assertTrue(err.contains("content/types/toner-pad.yaml:7:1: fill in 'summary'"), err);
        assertFalse(err.contains("missing required key"), err);

        // filled in, it builds
        site.write("content/types/toner-pad.yaml", scaffold.lines().filter(l -> !l.startsWith("#")).map(l -> switch (l) {
            case "summary:" -> "summary: \"A soaked pad that wipes toner over the face.\"";
            case "texture:" -> "texture: 1";
            case "actives:" -> "actives: 2";
            case "frequency:" -> "frequency: \"Daily\"";
            case "cadence:" -> "cadence: daily";
            case "base:" -> "base: water";
            case "    step:" -> "    step: 31";
            case "sources:" -> "sources:\n  - title: \"Example: toner pads\"\n    url: https://example.org/toner-pads";
            default -> l;
        }).collect(java.util.stream.Collectors.joining("\n", "", "\n")));
        FixtureSite.Run filled = site.run("build");
        assertEquals(0, filled.exitCode(), filled.err());
        assertEquals("Toner pad", site.page("types/toner-pad/").selectFirst("h1").text());
    }

    @Test
    void aNewPageFailsUntilItsSummaryIsFilledAndNewNeverOverwrites() {
        FixtureSite site = FixtureSite.minimal(folder);
        assertEquals(0, site.run("new", "page", "Contact us").exitCode());
        FixtureSite.Run build = site.run("build");
        assertEquals(1, build.exitCode());
        assertTrue(build.err().contains("content/pages/contact-us.md:6: fill in 'summary" + FILL_IN), build.err());
        String filled = site.read("content/pages/contact-us.md").replace("summary:\n", "summary: \"How to reach us.\"\n");
        site.write("content/pages/contact-us.md", filled);
        assertEquals(0, site.run("build").exitCode());
        assertFalse(site.page("contact-us/").select("main").text().contains("Write the page"), "the note is a comment");

        FixtureSite.Run again = site.run("new", "page", "Contact us");
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("already exists; nothing was written"), again.err());
        assertEquals(filled, site.read("content/pages/contact-us.md"));
        String serum = site.read("content/types/serum.yaml");
        assertEquals(1, site.run("new", "type", "Serum").exitCode());
        assertEquals(serum, site.read("content/types/serum.yaml"), "an existing type is never overwritten");
    }

    @Test
    void aNewArticleTakesTagsAndTypesAndIsAValidDraft() {
        FixtureSite site = FixtureSite.minimal(folder);
        FixtureSite.Run run = site.run("new", "article", "Why toner?", "--tags", "basics,hydration", "--types=toner,serum");
        assertEquals(0, run.exitCode(), run.err());
        String text = site.read("content/articles/why-toner.md");
        assertTrue(text.contains("tags: [basics, hydration]\n"), text);
        assertTrue(text.contains("types: [toner, serum]\n"), text);
        assertEquals(0, site.run("check").exitCode());
        site.write("content/articles/why-toner.md", text.replace("status: draft", "status: published")).build();
        Document page = site.page("articles/why-toner/");
        assertEquals("About: Toner, Serum", page.selectFirst(".lw-article__types").text());
        assertFalse(page.select(".lw-prose").text().contains("Write the article"), "the note is a comment");

        FixtureSite.Run badTag = site.run("new", "article", "Other", "--tags", "a]b");
        assertEquals(2, badTag.exitCode());
        assertTrue(badTag.err().contains("'a]b' is not a tag or type id"), badTag.err());
        FixtureSite.Run typeWithTags = site.run("new", "type", "Pad", "--tags", "x");
        assertEquals(2, typeWithTags.exitCode());
        assertTrue(typeWithTags.err().contains("--tags and --types are for articles"), typeWithTags.err());
    }

    @Test
    void theImageFoldersNoteIsKeptInTheProjectButNotPublished() throws Exception {
        assertTrue(Files.readString(Path.of("assets/img/.gitkeep")).contains("Images for articles and pages go in this folder"));
        FixtureSite site = FixtureSite.minimal(folder);
        assertTrue(Files.exists(site.root().resolve("assets/img/.gitkeep")));
        site.write("assets/.editor/settings.json", "{}").build();
        assertFalse(Files.exists(site.output().resolve("img/.gitkeep")));
        assertFalse(Files.exists(site.output().resolve(".editor")));
        assertTrue(Files.exists(site.output().resolve("favicon.svg")));
    }
}
