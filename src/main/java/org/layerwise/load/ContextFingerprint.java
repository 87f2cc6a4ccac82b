package org.layerwise.load;

import org.layerwise.markdown.MarkdownRenderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What reading a content file depends on besides the file, as text: for the rendered Markdown
 * bodies, the ids links may name, which asset files exist, and the images among them (their sizes
 * go into the HTML). Editing a stylesheet or script changes none of it. A reader that reuses
 * records or bodies ({@link ContentReader}, the body cache) reuses them only in the same context.
 */
final class ContextFingerprint {

    private ContextFingerprint() {
    }

    static String of(Set<String> typeIds, Set<String> termIds, Set<String> ingredientIds, Path assets) {
        StringBuilder context = new StringBuilder();
        context.append(new TreeSet<>(typeIds)).append(new TreeSet<>(termIds)).append(new TreeSet<>(ingredientIds));
        if (Files.isDirectory(assets)) {
            try (Stream<Path> files = Files.walk(assets)) {
                files.filter(Files::isRegularFile).sorted().forEach(f -> context.append('\n').append(f)
                        .append(' ').append(!MarkdownRenderer.readsContentOf(f) ? "" : sizeAndTime(f)));
            } catch (IOException e) {
                context.append("\nunreadable assets ").append(System.nanoTime());
            }
        }
        return context.toString();
    }

    private static String sizeAndTime(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.lastModifiedTime() + " " + attributes.size();
        } catch (IOException e) {
            return "";
        }
    }
}
