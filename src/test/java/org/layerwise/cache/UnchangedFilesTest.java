package org.layerwise.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.load.ContentReader;
import org.layerwise.model.Problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class UnchangedFilesTest {

    @TempDir
    Path folder;

    private final UnchangedFiles files = new UnchangedFiles();
    /** How many times a file was really read. */
    private final AtomicInteger readings = new AtomicInteger();

    @Test
    void reusesARecordWhileItsFileIsUnchanged() throws Exception {
        Path file = Files.writeString(folder.resolve("a.md"), "one");
        ContentReader.Read first = files.read(file, "context", () -> reading("record"));
        ContentReader.Read second = files.read(file, "context", () -> reading("another record"));
        assertSame(first, second);
        assertEquals(Optional.of("record"), second.record());
        assertEquals(1, readings.get());
    }

    @Test
    void readsAgainAfterTheFileChanged() throws Exception {
        Path file = Files.writeString(folder.resolve("a.md"), "one");
        files.read(file, "context", () -> reading("record"));
        Files.writeString(file, "two");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertEquals(Optional.of("new record"), files.read(file, "context", () -> reading("new record")).record());
        assertEquals(2, readings.get());
    }

    @Test
    void readsAgainWhenWhatLinksMayNameChanged() throws Exception {
        Path file = Files.writeString(folder.resolve("a.md"), "one");
        files.read(file, "context", () -> reading("record"));
        assertEquals(Optional.of("new record"), files.read(file, "another context", () -> reading("new record")).record());
        assertEquals(2, readings.get());
    }

    @Test
    void readsAFileWithProblemsEveryTime() throws Exception {
        Path file = Files.writeString(folder.resolve("a.md"), "one");
        ContentReader.Read faulty = new ContentReader.Read(Optional.of("record"), List.of(Problem.at(file, 1, "bad")));
        files.read(file, "context", () -> {
            readings.incrementAndGet();
            return faulty;
        });
        assertEquals(Optional.of("record"), files.read(file, "context", () -> reading("record")).record());
        assertEquals(2, readings.get(), "a reading with problems is not kept, so they are reported again");
        files.read(file, "context", () -> reading("unused"));
        assertEquals(2, readings.get(), "a clean reading is kept");
    }

    private ContentReader.Read reading(Object record) {
        readings.incrementAndGet();
        return new ContentReader.Read(Optional.of(record), List.of());
    }
}
