package org.layerwise.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ContextFingerprintTest {

    @TempDir
    Path folder;

    @Test
    void takesTheIdsAndTheImagesIntoTheContext() throws Exception {
        Path assets = Files.createDirectories(folder.resolve("assets"));
        String before = ContextFingerprint.of(Set.of("serum"), Set.of("humectant"), Set.of("retinol"), assets);
        assertEquals(before, ContextFingerprint.of(Set.of("serum"), Set.of("humectant"), Set.of("retinol"), assets));
        assertNotEquals(before, ContextFingerprint.of(Set.of("serum", "toner"), Set.of("humectant"), Set.of("retinol"),
                assets));
        assertNotEquals(before, ContextFingerprint.of(Set.of("serum"), Set.of("humectant"), Set.of("retinol", "retinal"),
                assets));
        Files.writeString(assets.resolve("x.svg"), "<svg/>");
        assertNotEquals(before, ContextFingerprint.of(Set.of("serum"), Set.of("humectant"), Set.of("retinol"), assets));
    }
}
