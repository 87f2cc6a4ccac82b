package org.layerwise.derive;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One table cell: its text, and for 1–5 scales the level, drawn as a meter beside the text
 * (never instead of it).
 *
 * @param level 1–5 for a scale, 0 otherwise
 * @param contested true when sources disagree on this value
 */
public record Cell(String text, int level, boolean contested) {

    /** The largest level a scale has: a meter draws this many dots. */
    public static final int SCALE = 5;

    /**
     * The meter's dots, true for each one filled ({@code level} of {@value #SCALE}), or none for a
     * cell that is not on a scale.
     */
    public List<Boolean> meter() {
        if (level <= 0) {
            return List.of();
        }
        return IntStream.rangeClosed(1, SCALE).mapToObj(i -> i <= level).toList();
    }

    public static Cell of(String text) {
        return new Cell(text, 0, false);
    }
}
