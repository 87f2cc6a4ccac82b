package org.layerwise.derive;

/** Joining and cutting the plain text of bodies for the search index. */
final class PlainText {

    private PlainText() {
    }

    /** Non-empty parts joined by spaces. */
    static String join(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.strip();
            if (!trimmed.isEmpty()) {
                text.append(text.length() == 0 ? "" : " ").append(trimmed);
            }
        }
        return text.toString();
    }

    /**
     * The first {@code max + 1} characters of {@code text}: all that {@link #clip} looks at when it
     * cuts a text starting with these to {@code max}, so long bodies need not be copied whole.
     */
    static String opening(String text, int max) {
        return text.length() <= max + 1 ? text : text.substring(0, max + 1);
    }

    /** At most {@code max} characters, cut at a space so no word is halved. */
    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max);
        return text.substring(0, space > max / 2 ? space : max).strip();
    }
}
