package org.layerwise.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The watcher keeps watching folders that are deleted and made again, and ignores their neighbours. */
class SourceWatcherTest {

    @TempDir
    Path project;

    @Test
    void watchesAFolderAgainAfterItIsDeletedAndRestored() throws Exception {
        Path content = Files.createDirectories(project.resolve("content/articles"));
        Files.writeString(content.resolve("a.md"), "one");
        try (SourceWatcher watcher = new SourceWatcher(List.of(project.resolve("content")))) {
            Path backup = project.resolve("backup");
            Files.move(project.resolve("content"), backup);
            assertTrue(next(watcher).contains(project.resolve("content")), "the deletion is a change");
            Files.move(backup, project.resolve("content"));
            assertTrue(next(watcher).contains(project.resolve("content")), "the restore is a change");
            Files.writeString(content.resolve("a.md"), "two");
            Set<Path> edit = next(watcher);
            assertTrue(edit.contains(content.resolve("a.md")), "an edit after the restore is seen: " + edit);

            delete(project.resolve("content"));
            next(watcher);
            Files.createDirectories(project.resolve("content/articles"));
            next(watcher);
            Files.writeString(project.resolve("content/articles/b.md"), "new");
            Set<Path> created = next(watcher);
            assertTrue(created.contains(project.resolve("content/articles/b.md")), "a new tree is watched: " + created);
        }
    }

    @Test
    void changesBesideTheWatchedFoldersAreNoChange() throws Exception {
        Path content = Files.createDirectories(project.resolve("content"));
        try (SourceWatcher watcher = new SourceWatcher(List.of(content))) {
            CompletableFuture<Optional<Set<Path>>> change = CompletableFuture.supplyAsync(() -> {
                try {
                    return watcher.awaitChange();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Files.createDirectories(project.resolve("target/site"));
            Files.writeString(project.resolve("notes.txt"), "x");
            Files.writeString(content.resolve("c.md"), "x");
            // the first change reported is the one in content/: the writes before it were none
            Set<Path> changed = change.get(10, TimeUnit.SECONDS).orElseThrow();
            assertEquals(Set.of(content.resolve("c.md")), changed, "no change reported for target/ or other files");
        }
    }

    private static Set<Path> next(SourceWatcher watcher) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return watcher.awaitChange().orElseThrow();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }).get(10, TimeUnit.SECONDS);
    }

    private static void delete(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
