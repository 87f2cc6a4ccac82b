package org.layerwise.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class GitDatesTest {

    @TempDir
    Path folder;

    @Test
    void aFolderIsInACheckoutWhenItOrOneAboveHoldsDotGit() throws Exception {
        assumeTrue(System.getenv("GIT_DIR") == null && !GitDates.inCheckout(folder), "the temporary folder is outside git");
        Path project = Files.createDirectories(folder.resolve("repo/site"));
        assertFalse(GitDates.inCheckout(project));
        Files.writeString(folder.resolve("repo/.git"), "gitdir: elsewhere\n");   // a worktree's .git is a file
        assertTrue(GitDates.inCheckout(project));
    }

    @Test
    void outsideACheckoutThereAreNoDates() throws Exception {
        assumeTrue(System.getenv("GIT_DIR") == null && !GitDates.inCheckout(folder), "the temporary folder is outside git");
        Files.createDirectories(folder.resolve("content"));
        assertEquals(Optional.empty(), GitDates.of(folder, Path.of("content")).lastCommit(Path.of("content/a.md")));
    }

    @Test
    void aFilesLastChangeIsItsNewestCommit() {
        Map<String, LocalDate> dates = GitDates.parse("\u00002026-11-02\n\ncontent/a.md\n\u00002026-10-01\n\ncontent/a.md\ncontent/b.md\n");
        assertEquals(Map.of("content/a.md", LocalDate.of(2026, 11, 2), "content/b.md", LocalDate.of(2026, 10, 1)), dates);
    }
}
