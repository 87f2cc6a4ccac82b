package org.layerwise.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.check.PageReader;
import org.layerwise.check.PageScans;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The page-reading cache as a decorator: what it reads and what it takes from disk instead. */
class CachedPageReaderTest {

    private static final String PAGE = "<main id=top><a href=\"../articles/x/\">x</a><h2 id=more>More</h2></main>";

    @TempDir
    Path folder;

    private final AtomicInteger read = new AtomicInteger();
    private final PageReader counting = html -> {
        read.incrementAndGet();
        return PageReader.PARSING.read(html);
    };

    private BuildCaches caches() {
        return BuildCaches.in(folder, "this test's version");
    }

    /** Reads {@code html} through fresh caches read from disk, as a new run would, and saves them. */
    private PageScans.Scan readInNewRun(String html) {
        BuildCaches caches = caches();
        caches.startReadingPages();
        PageScans.Scan scan = caches.cachedPageReader(counting).read(html);
        caches.savePageReadings();
        caches.awaitSaved();
        return scan;
    }

    @Test
    void aPageReadInAnEarlierRunIsNotReadAgain() {
        PageScans.Scan first = readInNewRun(PAGE);
        assertEquals(new PageScans.Scan(Set.of("top", "more"), List.of("../articles/x/")), first);
        assertEquals(first, readInNewRun(PAGE));
        assertEquals(1, read.get());
    }

    @Test
    void otherTextIsRead() {
        readInNewRun(PAGE);
        assertEquals(List.of("../articles/y/"), readInNewRun(PAGE.replace("/x/", "/y/")).links());
        assertEquals(2, read.get());
    }

    @Test
    void aCorruptedReadingIsReadAgainNotBelieved() throws Exception {
        readInNewRun(PAGE);
        Path file = folder.resolve("page-readings.bin");
        byte[] bytes = Files.readAllBytes(file);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("articles/x/");
        bytes[at] ^= 0x02;   // "articles/" becomes "crticles/", a link to nowhere
        Files.write(file, bytes);
        assertEquals(List.of("../articles/x/"), readInNewRun(PAGE).links());
        assertEquals(2, read.get());
    }

    @Test
    void withoutCachesTheReaderIsTheStagesOwn() {
        assertSame(counting, BuildCaches.none().cachedPageReader(counting));
    }
}
