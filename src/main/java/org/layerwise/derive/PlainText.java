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

    /** At most {@code max} characters, cut at a space so no word is halved. */
    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max);
        return text.substring(0, space > max / 2 ? space : max).strip();
    }
}
