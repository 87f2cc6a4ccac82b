package org.layerwise.model;

import java.util.List;
import java.util.Set;

/**
 * Markdown rendered to HTML, with what later stages need to know about it.
 *
 * @param html     the HTML, links already relative to the page it appears on
 * @param headings headings with their ids, in document order
 * @param links    links to other pages of this site
 * @param words    number of words, for reading time
 * @param text     the words a reader sees, whitespace collapsed, without heading anchors, footnote
 *                 marks or diagrams: what search finds and quotes
 * @param hrefs    every link and resource address in the HTML as written there, in order (the link
 *                 check takes them from here rather than reading the body again on every page)
 * @param ids      every id (and old-style anchor name) in the HTML
 */
public record Body(String html, List<Heading> headings, List<SiteLink> links, int words, String text,
                   List<String> hrefs, Set<String> ids) {

    public static final Body EMPTY = new Body("", List.of(), List.of(), 0, "", List.of(), Set.of());

    public Body {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        hrefs = List.copyOf(hrefs);
        ids = Set.copyOf(ids);
    }
}
