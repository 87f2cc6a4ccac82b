package org.layerwise.derive;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Rendered HTML as the words a reader sees, for the search index. */
final class PlainText {

    /** Markup whose text is not prose: heading '#' links, footnote numbers and arrows, diagrams. */
    private static final String NOT_PROSE = "[aria-hidden=true], .footnote-ref, .footnote-backref, svg, script, style";

    private PlainText() {
    }

    /** The visible text of an HTML fragment, whitespace collapsed. */
    static String of(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(NOT_PROSE).remove();
        return body.text();
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
