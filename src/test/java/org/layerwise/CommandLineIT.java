package org.layerwise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Wrong command lines and unreadable files: each gets one sentence naming what is wrong, the exit
 * code the README gives (2 wrong command line, 3 files unreadable or unwritable, 1 content), no
 * stack trace, and no work done before the command line was checked.
 */
class CommandLineIT {

    @TempDir
    Path folder;

    private static void assertOneSentence(FixtureSite.Run run, int exitCode, String expected) {
        assertEquals(exitCode, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.err().contains("Exception"), "no exception names: " + run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void refusesABaseUrlThatIsNotAnAbsoluteHttpAddress() {
        FixtureSite site = FixtureSite.minimal(folder);
        for (String url : new String[] {"javascript:alert(1)", "//example.org/x", "/layerwise", "ftp://example.org",
                "https://", "https://exa mple.org", "https://example.org/?q=1", "data:text/html,hi"}) {
            assertOneSentence(site.run("build", "--base-url", url), 2, "--base-url");
            assertFalse(Files.exists(site.output()), "nothing built for " + url);
        }
        site.build("--base-url", "https://example.org/layerwise");
        assertEquals("https://example.org/layerwise/articles/first-steps/",
                site.page("articles/first-steps/").select("link[rel=canonical]").attr("href"));
    }

    @Test
    void refusesABaseUrlInJbakePropertiesToo() {
        FixtureSite site = FixtureSite.minimal(folder);
        site.write("jbake.properties", site.read("jbake.properties").replace("site.host=", "site.host=javascript:alert(1)"));
        assertOneSentence(site.run("build"), 1, "jbake.properties: site.host 'javascript:alert(1)' must be an "
                + "absolute http:// or https:// address");
    }

    @Test
    void refusesAnImpossiblePortBeforeBuilding() {
        FixtureSite site = FixtureSite.minimal(folder);
        assertOneSentence(site.run("serve", "--port", "99999"), 2, "--port 99999 is not a port number");
        assertFalse(Files.exists(site.root().resolve("target")), "nothing was built");
    }

    @Test
    void refusesAnOutputFolderReachedThroughASymbolicLinkIntoContent() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder);
        Path link = Files.createSymbolicLink(folder.resolve("elsewhere"), site.root().resolve("content"));
        var before = FixtureSite.files(site.root().resolve("content"));
        FixtureSite.Run run = site.run("build", "--output", link.resolve("site").toString());
        assertOneSentence(run, 2, "is inside content/ (through a symbolic link)");
        assertEquals(before, FixtureSite.files(site.root().resolve("content")), "content/ untouched");
        assertOneSentence(site.run("build", "--output", link.toString()), 2, "is inside content/");
    }

    @Test
    void refusesAnOutputFolderThatIsInsideOrHoldsTheSources() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder.resolve("project"));
        assertOneSentence(site.run("build", "--output", site.root().resolve("templates/out").toString()), 2,
                "is inside templates/");
        assertOneSentence(site.run("build", "--output", site.root().resolve("assets").toString()), 2,
                "is inside assets/");
        assertOneSentence(site.run("build", "--output", site.root().toString()), 2, "is or holds the project folder");
        assertOneSentence(site.run("build", "--output", folder.toString()), 2, "is or holds the project folder");
        Path linkToRoot = Files.createSymbolicLink(folder.resolve("root-link"), site.root());
        assertOneSentence(site.run("build", "--output", linkToRoot.toString()), 2, "is or holds the project folder");
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsOneSentenceWithExitCode3() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder.resolve("project"));
        Path locked = Files.createDirectories(folder.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        // root may write anywhere; sysfs refuses new folders to everyone
        Path output = Files.isWritable(locked) ? Path.of("/sys/layerwise-test-output/site") : locked.resolve("site");
        try {
            FixtureSite.Run run = site.run("build", "--output", output.toString());
            assertOneSentence(run, 3, "could not write the site into " + output.getParent());
            assertEquals(1, run.err().strip().lines().count(), run.err());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void renderNamesAMissingFileAFolderAndAFileThatIsNotUtf8() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder);
        Path missing = site.root().resolve("content/articles/nope.md");
        assertOneSentence(site.run("render", missing.toString()), 2, missing + ": no such file");
        Path articles = site.root().resolve("content/articles");
        assertOneSentence(site.run("render", articles.toString()), 2, articles + " is a folder, not a Markdown file");
        Path latin1 = site.root().resolve("latin1.md");
        Files.write(latin1, "---\ntitle: X\n---\nCr\u00e8me\n".getBytes(StandardCharsets.ISO_8859_1));
        assertOneSentence(site.run("render", latin1.toString()), 1, latin1 + ":4: the file is not UTF-8 text");
    }

    @Test
    void newRefusesAnEmptyTitle() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder);
        var before = FixtureSite.files(site.root().resolve("content"));
        assertOneSentence(site.run("new", "article", ""), 2, "the title is empty");
        assertOneSentence(site.run("new", "article", "   "), 2, "the title is empty");
        assertOneSentence(site.run("new", "article", "?!"), 2, "has no letters or digits");
        assertOneSentence(site.run("new", "article", "two\nlines"), 2, "one line of text");
        assertEquals(before, FixtureSite.files(site.root().resolve("content")), "no file written");
    }

    @Test
    void newKeepsTheLettersOfAKoreanTitleAndTheArticleBuildsAtThatAddress() {
        FixtureSite site = FixtureSite.minimal(folder);
        FixtureSite.Run run = site.run("new", "article", "세럼과 앰플");
        assertEquals(0, run.exitCode(), run.err());
        String file = "content/articles/세럼과-앰플.md";
        assertTrue(site.read(file).contains("title: \"세럼과 앰플\""), site.read(file));
        site.write(file, site.read(file).replace("status: draft", "status: published"));
        site.build("--base-url", "https://example.org");
        assertEquals("세럼과 앰플", site.page("articles/세럼과-앰플/").select("h1").text());
        assertEquals("https://example.org/articles/%EC%84%B8%EB%9F%BC%EA%B3%BC-%EC%95%B0%ED%94%8C/",
                site.page("articles/세럼과-앰플/").select("link[rel=canonical]").attr("href"));
        assertTrue(site.read("target/site/sitemap.xml").contains("/articles/%EC%84%B8"), "sitemap addresses are ASCII");
        assertFalse(site.page("articles/").select("a[href*=세럼과-앰플]").isEmpty(), "listed and linked");
    }

    @Test
    void aFileNameMustBeLowercaseWordsInAnyScript() {
        FixtureSite site = FixtureSite.minimal(folder).write("content/articles/Serum_Guide.md", """
                ---
                title: X
                date: 2026-01-01
                ---
                Body.
                """);
        assertOneSentence(site.run("build"), 1, "content/articles/Serum_Guide.md: file name 'Serum_Guide' must be "
                + "lowercase words (letters of any script and digits) joined by hyphens");
    }

    @Test
    void aTitleThatYamlReadsAsANumberOrTruthValueMustBeQuoted() {
        FixtureSite site = FixtureSite.minimal(folder)
                .write("content/articles/x.md", "---\ntitle: 42\ndate: 2026-01-01\nsummary: true\n---\nBody.\n")
                .write("content/pages/y.md", "---\ntitle: \"42\"\n---\nBody.\n");
        FixtureSite.Run run = site.run("build");
        assertOneSentence(run, 1, "content/articles/x.md:2: title must be text; put it in quotes");
        assertTrue(run.err().contains("content/articles/x.md:4: summary must be text; put it in quotes"), run.err());
        assertFalse(run.err().contains("content/pages/y.md"), "a quoted number is text: " + run.err());
    }

    @Test
    void aLocalYamlTagIsReportedWithItsLineAndColumn() {
        FixtureSite site = FixtureSite.minimal(folder);
        site.write("content/types/toner.yaml", site.read("content/types/toner.yaml")
                .replace("frequency: Morning and evening", "frequency: !custom Morning and evening"));
        site.write("content/articles/x.md", "---\ntitle: !!binary aGk=\ndate: 2026-01-01\n---\nBody.\n");
        FixtureSite.Run run = site.run("build");
        assertOneSentence(run, 1, "content/types/toner.yaml:6:12: unknown YAML tag '!custom'");
        assertTrue(run.err().contains("content/articles/x.md:2: unknown YAML tag '!!binary'"), run.err());
    }
}
