package org.layerwise.model;

import java.util.List;

/**
 * Markdown rendered to HTML, with what later stages need to know about it.
 *
 * @param html     the HTML, links already relative to the page it appears on
 * @param headings headings with their ids, in document order
 * @param links    links to other pages of this site
 * @param words    number of words, for reading time
 * @param text     the words a reader sees, whitespace collapsed, without heading anchors, footnote
 *                 marks or diagrams: what search finds and quotes
 */
public record Body(String html, List<Heading> headings, List<SiteLink> links, int words, String text) {

    public static final Body EMPTY = new Body("", List.of(), List.of(), 0, "");

    public Body {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
    }
}
