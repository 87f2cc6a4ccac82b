package org.layerwise.render;

import org.layerwise.model.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder a site is built into. A build writes a fresh staging folder beside it and swaps it in
 * only when everything succeeded, so a failed build leaves the previous good site exactly as it
 * was. The folder carries a marker file; a non-empty folder without it is never replaced, so a
 * mistyped {@code --output} cannot wipe someone's files.
 */
public final class OutputFolder {

    /** Marks a folder as written by this tool. */
    public static final String MARKER = ".layerwise-site";

    /** The project's folders that no output folder may touch. */
    private static final List<String> SOURCES = List.of("content", "templates", "assets", "src");

    private final Path target;

    public OutputFolder(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    public Path target() {
        return target;
    }

    /**
     * Why the target is in the wrong place, if it is: it is the project folder or holds it, or it
     * is, holds or is inside one of the project's source folders. Judged on real paths, after
     * following symbolic links, so that no link leads a build into {@code content/}.
     */
    public Optional<String> misplacement(Path project) {
        Path realTarget = realPath(target);
        Path root = realPath(project);
        if (root.startsWith(realTarget)) {
            return Optional.of("the output folder " + target + " is or holds the project folder; choose another");
        }
        for (String folder : SOURCES) {
            Path source = realPath(root.resolve(folder));
            if (realTarget.startsWith(source)) {
                return Optional.of("the output folder " + target + " is inside " + folder + "/"
                        + (realTarget.equals(target) ? "" : " (through a symbolic link)") + "; choose another");
            }
            if (source.startsWith(realTarget)) {
                return Optional.of("the output folder " + target + " holds " + folder + "/; choose another");
            }
        }
        return Optional.empty();
    }

    /**
     * The real path of {@code path}: that of its deepest existing ancestor, symbolic links
     * followed, with the rest of the path after it.
     */
    static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath();
        for (Path existing = absolute; existing != null; existing = existing.getParent()) {
            try {
                return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
            } catch (IOException notThere) {
                // look one level up
            }
        }
        return absolute.normalize();
    }

    /** Why the target must not be replaced, if it must not. */
    public Optional<Problem> refusal(Path project) {
        Optional<String> misplaced = misplacement(project);
        if (misplaced.isPresent()) {
            return Optional.of(Problem.at(target, 0, misplaced.get()));
        }
        if (Files.exists(target) && !Files.exists(target.resolve(MARKER)) && !isEmptyFolder(target)) {
            return Optional.of(Problem.at(target, 0, "refusing to replace a folder this tool did not write ("
                    + MARKER + " missing); empty it or choose another output folder"));
        }
        return Optional.empty();
    }

    /**
     * A new, empty staging folder beside the target. Also starts removing, in the background, the
     * sites that earlier builds replaced.
     */
    public Path stage() {
        removeReplacedSites();
        try {
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".staging-");
            Files.writeString(staging.resolve(MARKER), "Written by layerwise build; replaced on every build.\n");
            return staging;
        } catch (IOException e) {
            throw unwritable(target.getParent(), e);
        }
    }

    /**
     * Puts the staged site in place of the target. The old site is moved beside it, as
     * {@code .<name>.old-<n>}, and removed by the next build while it starts: deleting a thousand
     * pages' folders takes a tenth of a build on its own, and then costs none of its time.
     */
    public void publish(Path staging) {
        try {
            if (Files.exists(target)) {
                Path old = Files.createTempDirectory(target.getParent(), replacedPrefix());
                Files.delete(old);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw unwritable(target, e);
        }
    }

    /** The error of a folder the site cannot be written into, as one sentence naming it. */
    private static UncheckedIOException unwritable(Path folder, IOException e) {
        String why = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.toString();
        return new UncheckedIOException("could not write the site into " + folder + " (" + why
                + "); make the folder writable or choose another with --output", e);
    }

    private String replacedPrefix() {
        return "." + target.getFileName() + ".old-";
    }

    /**
     * Deletes the sites earlier builds replaced (named so, and holding the marker), on a thread of
     * its own. If the process ends first, the next build goes on where this one stopped: the marker
     * sorts before every page and asset name, so it is among the last files deleted. Two builds
     * deleting at once skip each other's files.
     */
    private void removeReplacedSites() {
        List<Path> replaced;
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            replaced = siblings.filter(p -> p.getFileName().toString().startsWith(replacedPrefix())
                    && Files.exists(p.resolve(MARKER))).toList();
        } catch (IOException e) {
            return;   // no parent folder yet: nothing was replaced
        }
        if (replaced.isEmpty()) {
            return;
        }
        Thread sweeper = new Thread(() -> replaced.forEach(OutputFolder::deleteQuietly), "remove-replaced-sites");
        sweeper.setDaemon(true);
        sweeper.start();
    }

    private static void deleteQuietly(Path folder) {
        try {
            delete(folder);
        } catch (IOException | UncheckedIOException e) {
            // another build is deleting it too, or a file is in use: a later build tries again
        }
    }

    /** Removes a staging folder after a failed build. */
    public static void discard(Path staging) {
        try {
            delete(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);   // another build may be removing the same old site
            }
        }
    }

    private static boolean isEmptyFolder(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
