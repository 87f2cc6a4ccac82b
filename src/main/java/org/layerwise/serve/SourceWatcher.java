package org.layerwise.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (and the folders created inside them) and reports each burst of changes once:
 * an editor's save often touches a file several times within a few milliseconds.
 */
public final class SourceWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 40;

    private final WatchService service;

    public SourceWatcher(List<Path> roots) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
    }

    /** Blocks until something changed, then until it has been quiet briefly; false once closed. */
    public boolean awaitChange() throws InterruptedException {
        try {
            WatchKey key = service.take();
            handle(key);
            WatchKey more;
            while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                handle(more);
            }
            return true;
        } catch (ClosedWatchServiceException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }

    private void handle(WatchKey key) {
        Path folder = (Path) key.watchable();
        key.pollEvents().forEach(event -> {
            if (event.context() instanceof Path name && Files.isDirectory(folder.resolve(name))) {
                try {
                    registerTree(folder.resolve(name));
                } catch (IOException ignored) {
                    // the folder went away again before it could be watched; nothing to watch
                }
            }
        });
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
