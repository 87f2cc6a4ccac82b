package org.layerwise.render;

import org.layerwise.model.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    private final Path target;

    public OutputFolder(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    public Path target() {
        return target;
    }

    /** Why the target must not be replaced, if it must not. */
    public Optional<Problem> refusal(Path project) {
        Path source = project.toAbsolutePath().normalize();
        if (source.startsWith(target)) {
            return Optional.of(Problem.at(target, 0, "the output folder holds the project itself; choose another"));
        }
        for (String folder : List.of("content", "templates", "assets", "src")) {
            if (target.startsWith(source.resolve(folder))) {
                return Optional.of(Problem.at(target, 0, "the output folder is inside " + folder + "/; choose another"));
            }
        }
        if (Files.exists(target) && !Files.exists(target.resolve(MARKER)) && !isEmptyFolder(target)) {
            return Optional.of(Problem.at(target, 0, "refusing to replace a folder this tool did not write ("
                    + MARKER + " missing); empty it or choose another output folder"));
        }
        return Optional.empty();
    }

    /** A new, empty staging folder beside the target. */
    public Path stage() {
        try {
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".staging-");
            Files.writeString(staging.resolve(MARKER), "Written by layerwise build; replaced on every build.\n");
            return staging;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the staged site in place of the target, then removes the old one. */
    public void publish(Path staging) {
        try {
            Path old = null;
            if (Files.exists(target)) {
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(old);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            if (old != null) {
                delete(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
                Files.delete(path);
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
