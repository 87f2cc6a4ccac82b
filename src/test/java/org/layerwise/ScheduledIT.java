package org.layerwise;

import org.layerwise.cache.BuildCaches;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.render.OutputFolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An article dated after today is left out of build, listed by check, and shown in preview with a banner. */
class ScheduledIT {

    @TempDir
    Path folder;

    private FixtureSite withScheduled() {
        return FixtureSite.minimal(folder).write("content/articles/later.md",
                "---\ntitle: Coming later\ndate: 2099-01-03\nsummary: \"Not yet.\"\ntags: [basics, later-only]\n---\n\nSoon.\n");
    }

    @Test
    void buildLeavesItOutOfThePagesListsFeedSitemapAndSearch() {
        FixtureSite site = withScheduled().build("--base-url", "https://example.org");
        assertFalse(Files.exists(site.output().resolve("articles/later")));
        assertFalse(Files.exists(site.output().resolve("tags/later-only")));
        assertTrue(site.page("articles/").select("a[href*=later]").isEmpty());
        assertTrue(site.page("tags/basics/").select("a[href*=later]").isEmpty());
        assertFalse(site.read("target/site/feed.xml").contains("later"));
        assertFalse(site.read("target/site/sitemap.xml").contains("later"));
        assertFalse(site.read("target/site/search-index.json").contains("Coming later"));
        assertFalse(site.read("target/site/feed.xml").contains("2099"));
    }

    @Test
    void checkListsItAsScheduledAndPasses() {
        FixtureSite.Run run = withScheduled().run("check");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Notice: 1 article scheduled, left out of build until its date:\n"
                + "  content/articles/later.md: goes out on 2099-01-03"), run.out());
    }

    @Test
    void thePreviewShowsItWithABanner() throws Exception {
        FixtureSite site = withScheduled();
        Path target = folder.resolve("preview");
        SiteBuild preview = new SiteBuild(site.root(), target, BuildCaches.inMemory());
        preview.build(preview.settings(Optional.empty(), true), new OutputFolder(target));
        Document page = Jsoup.parse(target.resolve("articles/later/index.html").toFile());
        assertEquals("Scheduled: goes out on 3 January 2099.", page.select(".lw-scheduled-banner").text());
        assertEquals("2099-01-03", page.select(".lw-scheduled-banner time").attr("datetime"));
        assertFalse(Jsoup.parse(target.resolve("articles/index.html").toFile()).select("a[href*=later]").isEmpty());
    }
}
