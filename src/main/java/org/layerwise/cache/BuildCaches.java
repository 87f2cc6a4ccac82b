package org.layerwise.cache;

import org.layerwise.check.PageReader;
import org.layerwise.check.PageScans;
import org.layerwise.markdown.BodyRenderer;
import org.layerwise.model.Body;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a build keeps for the next: rendered Markdown bodies (by Markdown, place and the ids and
 * images it may refer to) and the links and ids read from page text (by the text), as decorators
 * around the stages' {@link BodyRenderer} and {@link PageReader}. Both are pure functions of what
 * they are kept by, so a build that uses them writes the same site as one that does not
 * ({@link #none}); {@code --no-cache} keeps them in memory only. The caches are written on
 * threads of their own while the build goes on.
 */
public final class BuildCaches {

    private static final Logger LOG = LoggerFactory.getLogger(BuildCaches.class);

    /** Null in {@link #none}: no decorators at all. */
    private final DiskCache<Body> bodies;
    private final DiskCache<PageScans.Scan> pageReadings;
    /** Threads writing a cache file, joined by {@link #awaitSaved}. */
    private final List<Thread> saving = new ArrayList<>();

    private BuildCaches(DiskCache<Body> bodies, DiskCache<PageScans.Scan> pageReadings) {
        this.bodies = bodies;
        this.pageReadings = pageReadings;
    }

    /** No caches: every body is rendered and every page read, as the stages do on their own. */
    public static BuildCaches none() {
        return new BuildCaches(null, null);
    }

    /** Caches that live as long as the process: a {@code serve} session's rebuilds still share them. */
    public static BuildCaches inMemory() {
        return new BuildCaches(DiskCache.inMemory(), DiskCache.inMemory());
    }

    /**
     * The caches in {@code folder}, read now, for this program's version; in memory only when the
     * program does not run from a jar (then a version cannot be told).
     */
    public static BuildCaches in(Path folder) {
        return DiskCache.programVersion().map(version -> in(folder, version)).orElseGet(BuildCaches::inMemory);
    }

    /** The caches in {@code folder} for the code {@code version}, read now. */
    public static BuildCaches in(Path folder, String version) {
        return new BuildCaches(DiskCache.read(folder.resolve("bodies.bin"), version, new BodyCodec()),
                DiskCache.read(folder.resolve("page-readings.bin"), version, new ScanCodec()));
    }

    /** The cache of rendered bodies (for tests: what a run reused). */
    public DiskCache<Body> bodies() {
        return bodies;
    }

    /** The cache of page readings (for tests: what a run reused). */
    public DiskCache<PageScans.Scan> pageReadings() {
        return pageReadings;
    }

    /**
     * {@code renderer} behind the body cache, starting a run in {@code context} (what the bodies
     * depend on besides their Markdown and place); a {@link BodyRenderer.Decorator}.
     */
    public BodyRenderer cachedBodies(BodyRenderer renderer, String context) {
        if (bodies == null) {
            return renderer;
        }
        bodies.startRun(context);
        return new CachedBodyRenderer(renderer, bodies);
    }

    /**
     * {@code reader} behind the page-reading cache, which keeps readings by text: the page-independent
     * HTML of each Markdown body, and each page's text around it. Call {@link #startReadingPages}
     * before each build's pages.
     */
    public PageReader cachedPageReader(PageReader reader) {
        return pageReadings == null ? reader : new CachedPageReader(reader, pageReadings);
    }

    /** Starts a build's page readings: those it does not ask for again are not written back. */
    public void startReadingPages() {
        if (pageReadings != null) {
            pageReadings.startRun("");
        }
    }

    /** Starts writing the bodies of this run to their file, once the Markdown is rendered. */
    public void saveBodies() {
        if (bodies != null) {
            LOG.info("Markdown bodies from the cache: {} of {}", bodies.reused(), bodies.used());
            saving.add(inBackground("save-bodies", bodies::save));
        }
    }

    /** Starts writing the page readings of this build to their file, once the pages are read. */
    public void savePageReadings() {
        if (pageReadings != null) {
            LOG.info("page readings from the cache: {} of {}", pageReadings.reused(), pageReadings.used());
            saving.add(inBackground("save-page-readings", pageReadings::save));
        }
    }

    /** Waits until the files being written are written. */
    public void awaitSaved() {
        for (Thread thread : List.copyOf(saving)) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        saving.clear();
    }

    private static Thread inBackground(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.start();
        return thread;
    }
}
