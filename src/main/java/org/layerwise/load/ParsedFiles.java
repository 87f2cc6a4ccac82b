package org.layerwise.load;

import org.layerwise.markdown.MarkdownRenderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Records parsed from Markdown files, kept between the rebuilds of one {@code serve} session so
 * that an edit re-parses only the files that changed. An entry is used only while its file has the
 * same size and modification time and the rendering context (the ids links may name, the asset
 * files and the images' sizes) is the same as when it was parsed; otherwise the file is parsed again.
 */
public final class ParsedFiles {

    private record Entry(FileTime modified, long size, String context, Object record) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    /** The record parsed from {@code file} in {@code context}, if the file has not changed since. */
    Optional<Object> get(Path file, String context) {
        Entry entry = entries.get(file);
        if (entry == null || !entry.context().equals(context)) {
            return Optional.empty();
        }
        return attributes(file)
                .filter(a -> a.lastModifiedTime().equals(entry.modified()) && a.size() == entry.size())
                .map(a -> entry.record());
    }

    /** Remembers a successfully parsed file. */
    void put(Path file, String context, Object record) {
        attributes(file).ifPresent(a -> entries.put(file, new Entry(a.lastModifiedTime(), a.size(), context, record)));
    }

    /**
     * What rendering a Markdown file depends on besides the file: the ids links may name, which
     * asset files exist, and the images among them (their sizes go into the HTML). Editing a
     * stylesheet or script changes none of it.
     */
    static String context(java.util.Set<String> typeIds, java.util.Set<String> termIds,
                          java.util.Set<String> ingredientIds, Path assets) {
        StringBuilder context = new StringBuilder();
        context.append(new java.util.TreeSet<>(typeIds)).append(new java.util.TreeSet<>(termIds))
                .append(new java.util.TreeSet<>(ingredientIds));
        if (Files.isDirectory(assets)) {
            try (Stream<Path> files = Files.walk(assets)) {
                files.filter(Files::isRegularFile).sorted().forEach(f -> context.append('\n').append(f)
                        .append(' ').append(!MarkdownRenderer.readsContentOf(f) ? ""
                                : attributes(f).map(a -> a.lastModifiedTime() + " " + a.size()).orElse("")));
            } catch (IOException e) {
                context.append("\nunreadable assets ").append(System.nanoTime());
            }
        }
        return context.toString();
    }

    private static Optional<BasicFileAttributes> attributes(Path file) {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
