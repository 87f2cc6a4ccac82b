package org.layerwise;

import org.layerwise.cache.BuildCaches;
import org.layerwise.serve.IncrementalSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.model.SiteSettings;
import org.layerwise.render.OutputFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The preview's fast path, {@link IncrementalSite#update}, renders only what an edit changed and writes
 * it in place. Whatever the edit, the folder it leaves must be byte for byte what a fresh, full
 * build of the same content writes.
 */
class PreviewUpdateIT {

    private static final String ARTICLE = "content/articles/what-serums-do.md";

    @TempDir
    Path folder;

    private FixtureSite site;
    private IncrementalSite preview;
    private SiteSettings settings;
    private OutputFolder output;

    @BeforeEach
    void buildOnce() throws Exception {
        site = FixtureSite.real(folder.resolve("project"));
        Path target = folder.resolve("preview");
        SiteBuild runner = new SiteBuild(site.root(), target, BuildCaches.inMemory());
        settings = runner.settings(Optional.empty(), true);
        preview = new IncrementalSite(runner);
        output = new OutputFolder(target);
        preview.build(settings, output);
    }

    @Test
    void anEditedArticleBodyRendersOnlyItsOwnPagesAndLeavesTheFullBuildsBytes() throws Exception {
        site.write(ARTICLE, site.read(ARTICLE) + "\nOne more sentence, added while previewing.\n");
        IncrementalSite.Rebuilt result = update();
        // its page, and the pages showing its reading time: the article list, its tags and types, the feed
        assertTrue(result.rendered() < result.pages() / 4,
                result.rendered() + " of " + result.pages() + " pages rendered for one article's body");
        assertSameAsFullBuild();
    }

    @Test
    void titlesTagsNewAndDeletedArticlesAndDataFilesAllMatchTheFullBuild() throws Exception {
        site.write(ARTICLE, site.read(ARTICLE).replace("title: \"What serums do: a guide by ingredient\"",
                "title: \"What serums do, ingredient by ingredient\"").replace("tags: [serum,", "tags: [serum, new-tag,"));
        update();
        assertSameAsFullBuild();

        site.write("content/articles/a-new-one.md", "---\ntitle: A new one\ndate: 2026-11-20\nsummary: New.\n"
                + "tags: [serum, only-here]\ntypes: [serum]\n---\n\n## Hello\n\nA [serum](type:serum) and a [link](/articles/what-serums-do/#why-serums-are-the-treatment-step).\n");
        update();
        assertSameAsFullBuild();

        Files.delete(site.root().resolve("content/articles/a-new-one.md"));   // and with it, a tag page
        update();
        assertSameAsFullBuild();

        site.write("content/faq.yaml", site.read("content/faq.yaml").replaceFirst("question: ", "question: Quickly, "));
        site.write("content/types/serum.yaml", site.read("content/types/serum.yaml").replaceFirst("summary: ", "summary: Put simply, "));
        update();
        assertSameAsFullBuild();
    }

    @Test
    void aBrokenEditWritesNothingAndTheNextGoodOneCatchesUp() throws Exception {
        site.write("content/articles/linking.md", "---\ntitle: Linking\ndate: 2026-11-20\nsummary: Links.\n---\n\n"
                + "See [why](/articles/what-serums-do/#why-serums-are-the-treatment-step).\n");
        update();
        Map<String, String> before = FixtureSite.files(output.target());
        String good = site.read(ARTICLE);

        // a heading another, unchanged page links to is renamed: that page is not rendered again,
        // but its link is checked again, because the page it points into changed its ids
        site.write(ARTICLE, good.replace("## Why serums are the treatment step", "## Serums as the treatment step"));
        BuildFailed renamed = assertThrows(BuildFailed.class, () -> preview.update(settings, output));
        assertTrue(renamed.problems().toString().contains("linking.md:7: broken link to /articles/what-serums-do/"
                + "#why-serums-are-the-treatment-step: no element with id"), renamed.problems().toString());
        assertEquals(before, FixtureSite.files(output.target()));

        site.write(ARTICLE, good.replace("## Why serums are the treatment step", "## Why serums are the treatment step\n\n[x](type:no-such-type)"));
        BuildFailed failed = assertThrows(BuildFailed.class, () -> preview.update(settings, output));
        assertTrue(failed.problems().toString().contains("no-such-type"), failed.problems().toString());
        assertEquals(before, FixtureSite.files(output.target()), "a failed update leaves the preview as it was");

        // a heading other pages link to is renamed: the link check sees the new page, not the old file
        site.write(ARTICLE, good.replace("## Why serums are the treatment step", "## Serums as the treatment step")
                + "\nA [self link](/articles/what-serums-do/#why-serums-are-the-treatment-step).\n");
        BuildFailed broken = assertThrows(BuildFailed.class, () -> preview.update(settings, output));
        assertTrue(broken.problems().toString().contains("no element with id 'why-serums-are-the-treatment-step'"),
                broken.problems().toString());
        assertEquals(before, FixtureSite.files(output.target()));

        // back as it was: the page equals the last written one, so its links and ids are reused,
        // and they must be those of the page on disk, not of the failed attempt
        site.write(ARTICLE, good);
        assertEquals(0, update().rendered());
        assertSameAsFullBuild();

        // a page that others link to is deleted
        Path linked = site.root().resolve("content/articles/emulsion-vs-moisturizer.md");
        String linkedText = site.read("content/articles/emulsion-vs-moisturizer.md");
        Files.delete(linked);
        BuildFailed gone = assertThrows(BuildFailed.class, () -> preview.update(settings, output));
        assertTrue(gone.problems().toString().contains("broken link to /articles/emulsion-vs-moisturizer/: no such page"),
                gone.problems().toString());
        assertEquals(before, FixtureSite.files(output.target()));

        site.write("content/articles/emulsion-vs-moisturizer.md", linkedText);
        site.write(ARTICLE, good + "\nFixed.\n");
        update();
        assertSameAsFullBuild();
    }

    private IncrementalSite.Rebuilt update() {
        try {
            return preview.update(settings, output);
        } catch (BuildFailed e) {
            throw new AssertionError("the update failed: " + e.problems(), e);
        }
    }

    /** Builds the same project afresh into another folder and compares every file, bytes included. */
    private void assertSameAsFullBuild() throws Exception {
        Path fresh = folder.resolve("fresh-" + System.nanoTime());
        SiteBuild full = new SiteBuild(site.root(), fresh, BuildCaches.inMemory());
        full.build(full.settings(Optional.empty(), true), new OutputFolder(fresh));
        Map<String, String> expected = FixtureSite.files(fresh);
        Map<String, String> actual = FixtureSite.files(output.target());
        assertEquals(expected.keySet(), actual.keySet(), "the same files");
        List<String> differing = new ArrayList<>();
        expected.forEach((file, text) -> {
            if (!text.equals(actual.get(file))) {
                differing.add(file);
            }
        });
        if (!differing.isEmpty()) {
            fail("differs from a full build: " + differing);
        }
        assertEquals(folders(fresh), folders(output.target()), "no folders left behind");
    }

    private static List<String> folders(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
