package org.layerwise.markdown;

import java.nio.file.Path;

/**
 * Where one piece of Markdown comes from and where its HTML will be shown.
 *
 * @param file      the source file, as messages should show it
 * @param firstLine the 1-based line of the file on which the Markdown starts
 * @param root      the relative path from the page that shows the HTML to the site root, such as
 *                  {@code ../../} for {@code /articles/x/}
 */
public record MarkdownContext(Path file, int firstLine, String root) {
}
