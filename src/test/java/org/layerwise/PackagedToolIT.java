package org.layerwise;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What `mvn package` ships in target/: the tool's jar and only the libraries it runs with. */
class PackagedToolIT {

    private static final Path TARGET = Path.of("target");

    @Test
    void shipsNoneOfJBakesContentStore() throws IOException {
        List<String> libraries;
        try (Stream<Path> files = Files.list(TARGET.resolve("lib"))) {
            libraries = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertFalse(libraries.isEmpty(), "target/lib holds the tool's libraries");
        assertTrue(libraries.stream().anyMatch(name -> name.startsWith("jbake-core-")), libraries.toString());
        // JBake's content store, and what only its launcher, parser and Markdown engine used
        for (String unused : List.of("orientdb", "jnr-", "jffi", "json-simple", "lz4-java", "hppc", "jul-to-slf4j",
                "commons-io", "commons-collections", "commons-logging", "flexmark-profile-pegdown", "flexmark-ext-wikilink")) {
            assertTrue(libraries.stream().noneMatch(name -> name.startsWith(unused)), unused + " in " + libraries);
        }
        try (JarFile jar = new JarFile(TARGET.resolve("layerwise.jar").toFile())) {
            String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
            List<String> listed = Stream.of(classPath.trim().split(" +")).map(p -> Path.of(p).getFileName().toString())
                    .sorted().toList();
            assertEquals(libraries, listed, "the jar's Class-Path names exactly the libraries in target/lib");
        }
    }
}
