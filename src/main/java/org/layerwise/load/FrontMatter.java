package org.layerwise.load;

import java.util.List;
import java.util.Optional;

/**
 * A Markdown file split into its YAML front matter (between two {@code ---} lines, as in Jekyll
 * and Hugo) and its body, with the line each part starts on.
 *
 * @param yaml          the front matter text
 * @param yamlFirstLine 1-based line of the first front matter line
 * @param body          the Markdown body
 * @param bodyFirstLine 1-based line of the first body line
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    private static final String FENCE = "---";

    /**
     * Splits the lines of a file; empty when the file does not open with a {@code ---} line or
     * the front matter is never closed (the message says which through {@link #problemWith}).
     */
    public static Optional<FrontMatter> split(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            return Optional.empty();
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals(FENCE) || line.equals("...")) {
                String yaml = String.join("\n", lines.subList(1, i));
                String body = String.join("\n", lines.subList(i + 1, lines.size()));
                return Optional.of(new FrontMatter(yaml, 2, body.isEmpty() ? "" : body + "\n", i + 2));
            }
        }
        return Optional.empty();
    }

    /** Why {@link #split} found no front matter. */
    public static String problemWith(List<String> lines) {
        if (lines.isEmpty() || lines.stream().allMatch(String::isBlank)) {
            return "the file is empty: start it with front matter between two '---' lines (see docs/EDITING.md)";
        }
        if (!lines.get(0).strip().equals(FENCE)) {
            return "missing front matter: the first line must be '---', then title: and date:, then '---'";
        }
        return "front matter is not closed: add a line '---' after the last field";
    }
}
