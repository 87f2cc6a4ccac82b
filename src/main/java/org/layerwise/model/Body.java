package org.layerwise.model;

import java.util.List;
import java.util.Set;

/**
 * Markdown rendered to HTML, with what later stages need to know about it.
 *
 * @param html     the HTML, the same whatever page shows it: each link and image to a site path is
 *                 written from the root behind {@link SitePaths#ROOT_MARK}; {@link #htmlAt(String)}
 *                 gives the HTML as a page shows it
 * @param headings headings with their ids, in document order
 * @param links    links to other pages of this site
 * @param words    number of words, for reading time
 * @param text     the words a reader sees, whitespace collapsed, without heading anchors, footnote
 *                 marks or diagrams: what search finds and quotes
 * @param hrefs    every link and resource address in the HTML as written there (site paths marked),
 *                 in order: the link check takes them from here, made relative to each page that
 *                 shows the body, rather than reading the body again on every page
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

    /** The HTML as the page at site {@code pagePath} shows it: links to site paths relative to that page. */
    public String htmlAt(String pagePath) {
        return SitePaths.forPage(html, pagePath);
    }

    /**
     * The HTML with links to site paths starting at {@code root}: such as the site's absolute
     * address with a trailing '/', for a feed.
     */
    public String htmlFrom(String root) {
        return SitePaths.withRoot(html, root);
    }
}
