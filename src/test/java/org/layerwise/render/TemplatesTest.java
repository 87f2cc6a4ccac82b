package org.layerwise.render;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Reads the templates as code: partials are macros called with what they show, and templates
 * print the paths they are given instead of making them.
 */
class TemplatesTest {

    private static final Path TEMPLATES = Path.of("templates");

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".ftl")).sorted().toList();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void partialsSetNoVariablesForOthers() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : templates()) {
            if (read(file).contains("<#assign") || read(file).contains("<#global")) {
                found.add(file.toString());
            }
        }
        assertEquals(List.of(), found, "macros take parameters; a value they need is passed, not assigned");
    }

    /**
     * After {@code ${root}} comes either a fixed path ("faq/") or one value the template was given
     * ({@code ${type.path}}), perhaps with a fixed fragment: never a path put together from an id.
     */
    @Test
    void linksPrintThePathsTheyAreGiven() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : templates()) {
            String text = read(file);
            for (int at = text.indexOf("${root}"); at >= 0; at = text.indexOf("${root}", at + 1)) {
                int start = at + "${root}".length();
                int literal = text.startsWith("${", start) ? text.indexOf('}', start) + 1 : start;
                int end = text.indexOf('"', literal);
                String rest = text.substring(literal, end < 0 ? text.length() : end);
                if (rest.contains("${")) {
                    found.add(file + ": ${root}" + text.substring(start, end < 0 ? text.length() : end));
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
