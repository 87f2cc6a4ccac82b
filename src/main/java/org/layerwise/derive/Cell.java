package org.layerwise.derive;

/**
 * One table cell: its text, and for 1–5 scales the level, drawn as a meter beside the text
 * (never instead of it).
 *
 * @param level 1–5 for a scale, 0 otherwise
 * @param contested true when sources disagree on this value
 */
public record Cell(String text, int level, boolean contested) {

    public static Cell of(String text) {
        return new Cell(text, 0, false);
    }
}
