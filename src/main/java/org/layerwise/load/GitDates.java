package org.layerwise.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The day of the last commit that touched each file under {@code content/}, read with one
 * {@code git log} for all of them. Empty when the project is not a git checkout (then git is not
 * started at all), when git is not installed or fails: a site builds the same way without git,
 * only without these dates. A file
 * not committed yet has no date; a shallow clone gives the dates of the commits it holds.
 */
public final class GitDates {

    private static final GitDates NONE = new GitDates(Map.of());

    private final Map<String, LocalDate> byPath;

    private GitDates(Map<String, LocalDate> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    /** The dates of the files under {@code content} (relative to {@code project}), by path relative to the project. */
    public static GitDates of(Path project, Path content) {
        if (!inCheckout(project)) {
            return NONE;
        }
        ProcessBuilder builder = new ProcessBuilder("git", "-c", "core.quotePath=false", "log", "--format=%x00%cs",
                "--name-only", "--no-renames", "--relative", "--", content.toString().isEmpty() ? "." : content.toString())
                .directory(project.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
        try {
            Process git = builder.start();
            git.getOutputStream().close();
            String output;
            try (InputStream out = git.getInputStream()) {
                output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
            return git.waitFor() == 0 ? new GitDates(parse(output)) : NONE;
        } catch (IOException e) {
            return NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NONE;
        }
    }

    /**
     * Whether git can find a repository for {@code folder}: a {@code .git} folder or file in it or
     * a folder above it, or one named by {@code GIT_DIR}. Saves starting git (tens of
     * milliseconds on every rebuild of a preview) where it could only fail.
     */
    static boolean inCheckout(Path folder) {
        if (System.getenv("GIT_DIR") != null) {
            return true;
        }
        for (Path at = folder.toAbsolutePath().normalize(); at != null; at = at.getParent()) {
            if (Files.exists(at.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads {@code git log --format=%x00%cs --name-only}: each commit is a NUL, its day, and the
     * files it touched, one a line, newest commit first; a file's first day is its last change.
     */
    static Map<String, LocalDate> parse(String log) {
        Map<String, LocalDate> dates = new HashMap<>();
        LocalDate day = null;
        for (String line : log.split("\n")) {
            if (line.startsWith("\u0000")) {
                try {
                    day = LocalDate.parse(line.substring(1).strip());
                } catch (DateTimeParseException e) {
                    day = null;
                }
            } else if (!line.isBlank() && day != null) {
                dates.putIfAbsent(line, day);
            }
        }
        return dates;
    }

    /** The day of the last commit that touched {@code file} (relative to the project), if any. */
    public Optional<LocalDate> lastCommit(Path file) {
        return Optional.ofNullable(byPath.get(file.toString().replace('\\', '/')));
    }
}
