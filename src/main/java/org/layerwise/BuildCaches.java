package org.layerwise;

import org.layerwise.cache.DiskCache;
import org.layerwise.check.PageScans;
import org.layerwise.markdown.BodyCodec;
import org.layerwise.model.Body;

import java.nio.file.Path;

/**
 * What a build keeps for the next: rendered Markdown bodies (by Markdown, place and the ids and
 * images it may refer to) and the links and ids read from page text (by the text). Both are pure
 * functions of what they are kept by, so a build that uses them writes the same site as one that
 * does not; {@code --no-cache} builds without them.
 */
public record BuildCaches(DiskCache<Body> bodies, DiskCache<PageScans.Scan> pageReadings) {

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
                DiskCache.read(folder.resolve("page-readings.bin"), version, new PageScans.Codec()));
    }
}
