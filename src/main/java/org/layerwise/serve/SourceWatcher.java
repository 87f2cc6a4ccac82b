package org.layerwise.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (and the folders created inside them) and reports each burst of changes once:
 * an editor's save often touches a file several times within a few milliseconds.
 */
public final class SourceWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 40;

    private final WatchService service;
    /** The watched folders, which may be deleted and made again. */
    private final Set<Path> roots = new HashSet<>();
    /** The folders holding the roots, watched for a root coming (back) into being; their other events are ignored. */
    private final Set<Path> parents = new HashSet<>();
    /** A change seen by {@link #changePending}, for the next {@link #awaitChange}. */
    private WatchKey pending;

    public SourceWatcher(List<Path> roots) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            Path absolute = root.toAbsolutePath().normalize();
            this.roots.add(absolute);
            if (absolute.getParent() != null && parents.add(absolute.getParent())) {
                absolute.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
            if (Files.isDirectory(absolute)) {
                registerTree(absolute);
            }
        }
    }

    /**
     * Blocks until something changed, then until it has been quiet briefly, and returns what
     * changed, in the order the changes were seen: files, or a whole watched folder when the
     * system lost count of the events in it. Empty once closed.
     */
    public Optional<Set<Path>> awaitChange() throws InterruptedException {
        try {
            Set<Path> changed = new LinkedHashSet<>();
            while (changed.isEmpty()) {   // events beside the roots (in target/, say) are no change
                WatchKey first = pending != null ? pending : service.take();
                pending = null;
                handle(first, changed);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    handle(more, changed);
                }
            }
            return Optional.of(changed);
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        }
    }

    /** Whether something changed that {@link #awaitChange} has not reported yet; does not wait. */
    public boolean changePending() {
        try {
            if (pending == null) {
                pending = service.poll();
            }
            return pending != null;
        } catch (ClosedWatchServiceException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }

    private void handle(WatchKey key, Set<Path> changed) {
        Path folder = (Path) key.watchable();
        if (parents.contains(folder)) {
            handleParent(key, changed);
            return;
        }
        key.pollEvents().forEach(event -> {
            if (!(event.context() instanceof Path name)) {
                changed.add(folder);   // overflow: events were lost, so anything in it may have changed
                return;
            }
            changed.add(folder.resolve(name));
            if (Files.isDirectory(folder.resolve(name))) {
                try {
                    registerTree(folder.resolve(name));
                } catch (IOException ignored) {
                    // the folder went away again before it could be watched; nothing to watch
                }
            }
        });
        key.reset();
    }

    /**
     * Events in a folder holding roots: a root deleted or made again is a change of everything in
     * it, and a root made again is watched again, tree and all. Other names are not watched.
     */
    private void handleParent(WatchKey key, Set<Path> changed) {
        Path folder = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            Set<Path> touched = event.context() instanceof Path name ? Set.of(folder.resolve(name)) : roots;
            for (Path root : touched) {
                if (roots.contains(root)) {
                    changed.add(root);
                    if (Files.isDirectory(root)) {
                        try {
                            registerTree(root);
                        } catch (IOException ignored) {
                            // gone again before it could be watched; its return will be seen
                        }
                    }
                }
            }
        }
        key.reset();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }
}
