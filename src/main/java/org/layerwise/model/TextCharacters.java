package org.layerwise.model;

import java.util.OptionalInt;

/**
 * The characters text may hold: those XML 1.0 allows in a document that are not controls, so
 * that every page, the feed and the sitemap are well-formed. Refused: U+0000–U+001F but tab, line
 * feed and carriage return; U+007F–U+009F; surrogates that are not half of a pair; U+FFFE and U+FFFF.
 */
public final class TextCharacters {

    private TextCharacters() {
    }

    /** The index of the first character of {@code text} that is not allowed, if any. */
    public static OptionalInt firstRefused(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (refused(c)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Whether {@code c}, not part of a surrogate pair, is refused. */
    public static boolean refused(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF;
    }

    /** {@code text} without the characters that are not allowed. */
    public static String without(String text) {
        if (firstRefused(text).isEmpty()) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (!refused(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** How a message names a refused character: U+0007. */
    public static String name(char c) {
        return String.format("U+%04X", (int) c);
    }
}
