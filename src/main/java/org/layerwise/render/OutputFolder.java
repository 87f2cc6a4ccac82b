package org.layerwise.render;

import org.layerwise.model.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
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

    /** The lock file inside a staging folder; see {@link #stage}. */
    static final String LOCK = ".layerwise-lock";

    private static final Logger LOG = LoggerFactory.getLogger(OutputFolder.class);

    /** The lock of the folder this build is staging, and the removal of stale ones started with it. */
    private record Held(FileChannel channel, Thread sweeping) {
    }

    private final Path target;
    private volatile Held held;

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
     * A new, empty staging folder beside the target, {@code .<name>.staging-<n>}, locked by this
     * build until it is published or abandoned. Also starts removing, in the background, the sites
     * that earlier builds replaced, and the staging folders of builds that died (killed, crashed).
     *
     * <p>The lock is a file lock ({@link FileChannel#tryLock}) on {@value #LOCK} inside the folder,
     * held for as long as the build lives: the system releases it when the process ends, however
     * it ends, so a staging folder whose lock can be taken belongs to no running build. The
     * folder is made under another name ({@code .<name>.new-<n>}) and renamed once locked, so a
     * staging folder without a lock file is never a running build's.
     */
    public Path stage() {
        removeReplacedSites();
        try {
            Files.createDirectories(target.getParent());
            Path fresh = Files.createTempDirectory(target.getParent(), newPrefix());
            FileChannel channel = FileChannel.open(fresh.resolve(LOCK), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            if (channel.tryLock() == null) {
                channel.close();
                throw new IOException("could not lock " + fresh.resolve(LOCK));
            }
            channel.write(ByteBuffer.wrap(("locked by the layerwise build with process id "
                    + ProcessHandle.current().pid() + " while it writes this folder\n").getBytes(StandardCharsets.UTF_8)));
            Files.writeString(fresh.resolve(MARKER), "Written by layerwise build; replaced on every build.\n");
            Path staging = fresh.resolveSibling(stagingPrefix() + fresh.getFileName().toString()
                    .substring(newPrefix().length()));
            Files.move(fresh, staging, StandardCopyOption.ATOMIC_MOVE);
            // started once this build's folder is locked: the sweeper cannot take it for a dead build's
            held = new Held(channel, removeStaleStaging());
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
            Files.deleteIfExists(target.resolve(LOCK));
        } catch (IOException e) {
            throw unwritable(target, e);
        } finally {
            release();
        }
    }

    /** Removes the staging folder of a build that failed, and gives up its lock. */
    public void abandon(Path staging) {
        try {
            discard(staging);
        } finally {
            release();
        }
    }

    /** Gives up the staging lock, and waits for the removal of dead builds' staging folders. */
    private void release() {
        Held was = held;
        held = null;
        if (was == null) {
            return;
        }
        try {
            was.channel().close();
        } catch (IOException ignored) {
            // closing releases the lock; the process ending would too
        }
        join(was.sweeping());
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Removes, on a thread of its own, the staging folders beside the target that no running build
     * holds: those whose lock can be taken, and those without a lock file but with the marker
     * (left by versions before locks); half-made ones ({@code .new-}) only when more than an hour
     * old, as a build may be between making one and locking it. Only folders so named and holding
     * the marker or the lock file are touched.
     */
    private Thread removeStaleStaging() {
        Thread sweeper = new Thread(() -> {
            List<Path> candidates;
            try (Stream<Path> siblings = Files.list(target.getParent())) {
                candidates = siblings.filter(p -> {
                    String name = p.getFileName().toString();
                    return (name.startsWith(stagingPrefix()) || name.startsWith(newPrefix())) && Files.isDirectory(p,
                            LinkOption.NOFOLLOW_LINKS);
                }).toList();
            } catch (IOException e) {
                return;   // no parent folder yet: nothing was staged
            }
            candidates.forEach(this::removeIfStale);
        }, "remove-stale-staging");
        sweeper.start();
        return sweeper;
    }

    private void removeIfStale(Path folder) {
        Path lockFile = folder.resolve(LOCK);
        if (folder.getFileName().toString().startsWith(newPrefix()) && !olderThanAnHour(folder)) {
            return;   // a build may be making it right now, before it could lock it
        }
        if (!Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
                deleteQuietly(folder);
            }
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock != null) {
                LOG.info("removing {}, left by a build that did not finish", folder);
                deleteQuietly(folder);   // the lock is held until it is gone, so no other build removes it meanwhile
            }
        } catch (OverlappingFileLockException | IOException e) {
            // held by a build in this process, or gone meanwhile: not stale
        }
    }

    private static boolean olderThanAnHour(Path folder) {
        try {
            return Files.getLastModifiedTime(folder).toInstant().isBefore(Instant.now().minus(Duration.ofHours(1)));
        } catch (IOException e) {
            return false;
        }
    }

    private String stagingPrefix() {
        return "." + target.getFileName() + ".staging-";
    }

    private String newPrefix() {
        return "." + target.getFileName() + ".new-";
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
