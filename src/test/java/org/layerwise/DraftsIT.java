package org.layerwise;

import org.layerwise.cache.BuildCaches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drafts never block a build: their problems fail check and serve, marked as a draft's. */
class DraftsIT {

    private static final String MARK = "(in a draft; does not block build)";

    @TempDir
    Path folder;

    /** A draft whose link goes nowhere (found when links are checked), and one that cannot even load. */
    private FixtureSite withBrokenDrafts() {
        return FixtureSite.minimal(folder)
                .write("content/articles/half-done.md", "---\ntitle: Half done\ndate: 2026-10-03\nstatus: draft\n---\n\n"
                        + "See [the guide](/articles/not-written-yet/).\n")
                .write("content/articles/messy.md", "---\ntitle: Messy\ndate: 2026-10-04\nstatus: draft\nflavour: odd\n---\n\n"
                        + "A [type](type:no-such-type).\n");
    }

    @Test
    void draftsWithProblemsBuildButFailCheckWithTheDraftMark() {
        FixtureSite site = withBrokenDrafts();
        FixtureSite.Run build = site.run("build");
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(Files.exists(site.output().resolve("articles/first-steps/index.html")));
        assertFalse(Files.exists(site.output().resolve("articles/half-done")), "drafts are not published");

        FixtureSite.Run check = site.run("check");
        assertEquals(1, check.exitCode(), check.out() + check.err());
        String err = check.err();
        assertTrue(err.lines().anyMatch(l -> l.startsWith("content/articles/messy.md:5: ") && l.endsWith(MARK)), err);
        assertTrue(err.lines().anyMatch(l -> l.startsWith("content/articles/messy.md:8: ") && l.endsWith(MARK)), err);
        assertFalse(err.lines().anyMatch(l -> l.startsWith("content/") && !l.endsWith(MARK)), err);

        // a draft that loads, with a link found broken when the pages are checked
        site.write("content/articles/messy.md", "---\ntitle: Tidy\ndate: 2026-10-04\nstatus: draft\n---\n\nFine.\n");
        check = site.run("check");
        assertEquals(1, check.exitCode(), check.out() + check.err());
        err = check.err();
        assertTrue(err.lines().anyMatch(l -> l.startsWith("content/articles/half-done.md:7: ")
                && l.contains("not-written-yet") && l.endsWith(MARK)), err);
        assertEquals(0, site.run("build").exitCode());
    }

    @Test
    void aPublishedArticleWithAProblemStillFailsTheBuildUnmarked() {
        FixtureSite site = withBrokenDrafts().write("content/articles/live.md",
                "---\ntitle: Live\ndate: 2026-10-05\n---\n\nA [type](type:no-such-type).\n");
        FixtureSite.Run build = site.run("build");
        assertEquals(1, build.exitCode(), build.err());
        assertTrue(build.err().lines().anyMatch(l -> l.startsWith("content/articles/live.md:6: ") && !l.contains(MARK)),
                build.err());
        assertFalse(build.err().contains("half-done") || build.err().contains("messy"), build.err());
    }

    @Test
    void aDraftWithAProblemFailsThePreviewBuildMarked() throws Exception {
        FixtureSite site = withBrokenDrafts();
        Path target = folder.resolve("preview");
        SiteBuild preview = new SiteBuild(site.root(), target, BuildCaches.inMemory());
        BuildFailed failed = org.junit.jupiter.api.Assertions.assertThrows(BuildFailed.class,
                () -> preview.build(preview.settings(java.util.Optional.empty(), true),
                        new org.layerwise.render.OutputFolder(target)));
        assertTrue(failed.problems().stream().allMatch(p -> p.message().endsWith(MARK)), failed.problems().toString());
    }
}
