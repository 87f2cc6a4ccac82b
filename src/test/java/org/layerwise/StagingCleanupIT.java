package org.layerwise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.cli.LayerwiseCommand;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staging folders of builds that died (killed, crashed) are removed by the next build; those of
 * builds still running, and folders that are not the tool's, are left alone.
 */
class StagingCleanupIT {

    private static final String LOCK = ".layerwise-lock";
    private static final String MARKER = ".layerwise-site";

    @TempDir
    Path folder;

    @Test
    void removesOnlyTheStagingFoldersOfDeadBuilds() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder);
        Path target = Files.createDirectories(site.root().resolve("target"));
        Path killed = staging(target, "killed", true);
        Path older = staging(target, "older-version", false);
        Path otherProcess = staging(target, "other-process", true);
        Path thisProcess = staging(target, "this-process", true);
        Path notOurs = Files.createDirectories(target.resolve(".site.staging-not-ours"));
        Files.writeString(notOurs.resolve("notes.txt"), "mine");
        Process holder = holdLock(otherProcess.resolve(LOCK));
        try (FileChannel channel = FileChannel.open(thisProcess.resolve(LOCK), StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            site.build();
            assertFalse(Files.exists(killed), "a killed build's folder is removed");
            assertFalse(Files.exists(older), "a folder without a lock file is no running build's");
            assertTrue(Files.exists(otherProcess.resolve("index.html")), "a running build's folder is kept");
            assertTrue(Files.exists(thisProcess.resolve("index.html")), "a build running in this process too");
            assertEquals("mine", Files.readString(notOurs.resolve("notes.txt")), "a folder without the marker is kept");
        } finally {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        site.build();
        assertFalse(Files.exists(otherProcess), "removed once its build is gone");
        assertFalse(Files.exists(thisProcess));
        assertTrue(Files.exists(notOurs));
    }

    @Test
    void theNextBuildRemovesWhatABuildKilledWithSigkillLeft() throws Exception {
        FixtureSite site = FixtureSite.real(folder);
        Path target = site.root().resolve("target");
        for (int attempt = 0; attempt < 3 && stagingFolders(target).isEmpty(); attempt++) {
            Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), LayerwiseCommand.class.getName(), "build",
                    "--no-cache", "--project", site.root().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (build.isAlive() && System.nanoTime() < deadline && !hasPages(target)) {
                Thread.sleep(5);
            }
            build.destroyForcibly();   // SIGKILL: no shutdown hooks, no finally blocks
            assertTrue(build.waitFor(20, TimeUnit.SECONDS));
        }
        List<Path> left = stagingFolders(target);
        assertFalse(left.isEmpty(), "the killed build left its staging folder");
        site.build();
        assertEquals(List.of(), stagingFolders(target), "the next build removed it");
        assertTrue(Files.exists(site.output().resolve("index.html")));
        assertFalse(Files.exists(site.output().resolve(LOCK)), "the lock file is not published");
    }

    /** Whether a staging folder already holds pages: the build is writing its site. */
    private static boolean hasPages(Path target) throws Exception {
        for (Path staging : stagingFolders(target)) {
            if (Files.exists(staging.resolve("index.html")) || Files.exists(staging.resolve("articles"))) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> stagingFolders(Path target) throws Exception {
        if (!Files.isDirectory(target)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".site.staging-")
                    || p.getFileName().toString().startsWith(".site.new-")).toList();
        }
    }

    /** A staging folder as a build leaves it: the marker, a lock file if it is of this version, some pages. */
    private static Path staging(Path target, String name, boolean withLock) throws Exception {
        Path staging = Files.createDirectories(target.resolve(".site.staging-" + name));
        Files.writeString(staging.resolve(MARKER), "Written by layerwise build; replaced on every build.\n");
        if (withLock) {
            Files.writeString(staging.resolve(LOCK), "locked by the layerwise build with process id 1\n");
        }
        Files.writeString(staging.resolve("index.html"), "<p>half a site</p>");
        Files.createDirectories(staging.resolve("articles/x"));
        Files.writeString(staging.resolve("articles/x/index.html"), "<p>page</p>");
        return staging;
    }

    private static Process holdLock(Path file) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("locked true", out.readLine());
        return process;
    }
}
