package org.layerwise.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ParsedFilesTest {

    @TempDir
    Path folder;

    private final ParsedFiles parsed = new ParsedFiles();

    @Test
    void reusesARecordWhileItsFileIsUnchanged() throws Exception {
        Path file = Files.writeString(folder.resolve("a.md"), "one");
        parsed.put(file, "context", "record");
        assertEquals(Optional.of("record"), parsed.get(file, "context"));
    }

    @Test
    void parsesAgainAfterTheFileChanged() throws Exception {
        Path file = Files.writeString(folder.resolve("a.md"), "one");
        parsed.put(file, "context", "record");
        Files.writeString(file, "two");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertEquals(Optional.empty(), parsed.get(file, "context"));
    }

    @Test
    void parsesAgainWhenWhatLinksMayNameChanged() throws Exception {
        Path file = Files.writeString(folder.resolve("a.md"), "one");
        parsed.put(file, "context", "record");
        assertEquals(Optional.empty(), parsed.get(file, "another context"));
    }

    @Test
    void takesTheIdsAndTheImagesIntoTheContext() throws Exception {
        Path assets = Files.createDirectories(folder.resolve("assets"));
        String before = ParsedFiles.context(Set.of("serum"), Set.of("humectant"), Set.of("retinol"), assets);
        assertEquals(before, ParsedFiles.context(Set.of("serum"), Set.of("humectant"), Set.of("retinol"), assets));
        assertNotEquals(before, ParsedFiles.context(Set.of("serum", "toner"), Set.of("humectant"), Set.of("retinol"),
                assets));
        assertNotEquals(before, ParsedFiles.context(Set.of("serum"), Set.of("humectant"), Set.of("retinol", "retinal"),
                assets));
        Files.writeString(assets.resolve("x.svg"), "<svg/>");
        assertNotEquals(before, ParsedFiles.context(Set.of("serum"), Set.of("humectant"), Set.of("retinol"), assets));
    }
}
