package org.layerwise.markdown;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reusable blocks of Markdown from {@code content/snippets/<name>.md}, placed in any Markdown
 * body with {@code {{snippet name}}} and rendered there with the same rules as the body.
 *
 * @param byName each snippet's Markdown and file, by name (the file name without {@code .md})
 */
public record Snippets(Map<String, Snippet> byName) {

    /** The embed's name: {@code {{snippet not-medical-advice}}}. */
    public static final String EMBED = "snippet";

    public static final Snippets NONE = new Snippets(Map.of());

    /**
     * One snippet.
     *
     * @param file     its file, as messages show it
     * @param markdown its text
     */
    public record Snippet(Path file, String markdown) {
    }

    public Snippets {
        byName = Map.copyOf(byName);
    }

    public Optional<Snippet> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Whether {@code file} is one of the snippets (a snippet may not place another). */
    public boolean isSnippet(Path file) {
        return byName.values().stream().anyMatch(s -> s.file().equals(file));
    }

    /** Every snippet's name and text, in name order: what a cache of rendered bodies must be keyed by. */
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(byName).forEach((name, snippet) -> text.append(name).append('\u0000')
                .append(snippet.markdown()).append('\u0000'));
        return text.toString();
    }
}
