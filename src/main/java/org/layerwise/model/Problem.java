package org.layerwise.model;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing wrong with the input, located in a file.
 *
 * @param file   the file, relative to the project folder where possible
 * @param line   1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when not known or not useful
 * @param message what is wrong and, where it helps, what is allowed
 */
public record Problem(Path file, int line, int column, String message) {

    /** Problems in the order a reader fixes them: by file, then line, then column. */
    public static final Comparator<Problem> IN_FILE_ORDER = Comparator
            .comparing((Problem p) -> p.file().toString())
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public static Problem at(Path file, int line, String message) {
        return new Problem(file, line, 0, message);
    }

    /** The same problem, its message followed by {@code (note)}. */
    public Problem withNote(String note) {
        return new Problem(file, line, column, message + " (" + note + ")");
    }

    /** {@code file:line:column}, leaving out the parts that are not known. */
    public String location() {
        StringBuilder out = new StringBuilder(file.toString().replace('\\', '/'));
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.toString();
    }

    /** {@code file:line:column: message}, leaving out the parts that are not known. */
    @Override
    public String toString() {
        return location() + ": " + message;
    }
}
