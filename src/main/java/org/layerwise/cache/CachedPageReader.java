package org.layerwise.cache;

import org.layerwise.check.PageReader;
import org.layerwise.check.PageScans;

/**
 * A {@link PageReader} that takes the readings of page text read before from a
 * {@link DiskCache}, by the text's key, so that a build whose templates and data did not change
 * parses no page at all.
 */
final class CachedPageReader implements PageReader {

    private final PageReader reader;
    private final DiskCache<PageScans.Scan> readings;

    CachedPageReader(PageReader reader, DiskCache<PageScans.Scan> readings) {
        this.reader = reader;
        this.readings = readings;
    }

    @Override
    public PageScans.Scan read(String html) {
        String key = DiskCache.key(html);
        return readings.find(key).orElseGet(() -> {
            PageScans.Scan scan = reader.read(html);
            readings.keep(key, scan);
            return scan;
        });
    }
}
