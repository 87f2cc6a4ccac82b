package org.layerwise.markdown;

import java.util.Optional;

/**
 * A cheap guard run before Markdown is parsed: how deeply block quotes and lists nest. Parsing
 * and rendering recurse once per level, so thousands of nested {@code >} overflow the stack and a
 * list a few hundred deep takes seconds; no page needs more than a few levels.
 * <p>
 * This reads only the start of each line, once: a block quote or list can only open a level on a
 * line that starts with its marker ({@code >}, {@code -}, {@code +}, {@code *}, or a number and
 * {@code .} or {@code )}), and every level that line is inside shows there as a {@code >} or as
 * at least two columns of indentation. So the markers and half the indentation before the last
 * of them are never fewer than the levels the line opens or continues.
 */
final class NestingLimit {

    /** The most block quotes and lists one inside another, counted together. */
    static final int LIMIT = 32;

    /** The line (0-based) and depth of the first line nested deeper than the limit. */
    record TooDeep(int line, int depth) {
        String message() {
            return "block quotes and lists are nested " + depth + " levels deep here; the limit is " + LIMIT;
        }
    }

    private NestingLimit() {
    }

    static Optional<TooDeep> check(String markdown) {
        int line = 0;
        int start = 0;
        while (start < markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            int depth = depth(markdown, start, end);
            if (depth > LIMIT) {
                return Optional.of(new TooDeep(line, depth));
            }
            line++;
            start = end + 1;
        }
        return Optional.empty();
    }

    /** At least the nesting depth of the line from {@code start} to {@code end}, from its markers and indentation. */
    private static int depth(String text, int start, int end) {
        int markers = 0;
        int columns = 0;
        int columnsBeforeLastMarker = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ') {
                columns++;
                i++;
            } else if (c == '\t') {
                columns += 4;
                i++;
            } else if (c == '>') {
                markers++;
                columnsBeforeLastMarker = columns;
                i++;
            } else if ((c == '-' || c == '+' || c == '*') && i + 1 < end && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                markers++;
                columnsBeforeLastMarker = columns;
                i++;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j + 1 < end && (text.charAt(j) == '.' || text.charAt(j) == ')')
                        && (text.charAt(j + 1) == ' ' || text.charAt(j + 1) == '\t')) {
                    markers++;
                    columnsBeforeLastMarker = columns;
                    i = j + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return markers == 0 ? 0 : markers + columnsBeforeLastMarker / 2;
    }
}
