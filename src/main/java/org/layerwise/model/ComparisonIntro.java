package org.layerwise.model;

import java.nio.file.Path;

/**
 * An editor's introduction to a comparison page, from {@code content/comparisons/<id>.md}.
 *
 * @param id   the comparison's slug, such as {@code serum-vs-ampoule}: the file name
 * @param file the file, as messages show it
 * @param body the rendered Markdown, links relative to {@code /compare/<id>/}
 */
public record ComparisonIntro(String id, Path file, Body body) {
}
