package org.layerwise.markdown;

import java.nio.file.Path;

/**
 * Where one piece of Markdown comes from. Where its HTML is shown does not matter: links to site
 * pages are written from the root, marked, and made relative by the page that shows them.
 *
 * @param file      the source file, as messages should show it
 * @param firstLine the 1-based line of the file on which the Markdown starts
 */
public record MarkdownContext(Path file, int firstLine) {
}
