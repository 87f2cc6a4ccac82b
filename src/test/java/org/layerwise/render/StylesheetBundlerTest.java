package org.layerwise.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StylesheetBundlerTest {

    @TempDir
    Path folder;

    @Test
    void inlinesLayeredImportsInPlaceKeepingTheLayerOrderStatementFirst() throws Exception {
        Files.createDirectories(folder.resolve("components"));
        Files.writeString(folder.resolve("tokens.css"), ":root { --x: 1; }\n");
        Files.writeString(folder.resolve("components/card.css"), ".card { color: red; }\n");
        Files.writeString(folder.resolve("site.css"), """
                @layer tokens, components;
                @import url("tokens.css") layer(tokens);
                @import url("components/card.css") layer(components);
                """);
        assertEquals("""
                @layer tokens, components;
                @layer tokens {
                :root { --x: 1; }
                }
                @layer components {
                .card { color: red; }
                }
                """, StylesheetBundler.bundle(folder.resolve("site.css")));
    }

    @Test
    void leavesImportsOfMissingOrOutsideFilesAsWritten() throws Exception {
        Files.writeString(folder.resolve("site.css"), "@import url(\"../other.css\") layer(base);\n"
                + "@import url(\"gone.css\") layer(base);\n");
        assertEquals("@import url(\"../other.css\") layer(base);\n@import url(\"gone.css\") layer(base);\n",
                StylesheetBundler.bundle(folder.resolve("site.css")));
    }
}
