package org.layerwise.model;

import java.util.List;

/**
 * Markdown rendered to HTML, with what later stages need to know about it. The link check reads
 * the links and ids of the HTML itself ({@code check.PageScans}), once per body text.
 *
 * @param html     the HTML, the same whatever page shows it: each link and image to a site path is
 *                 written from the root behind {@link SitePaths#ROOT_MARK}; {@link #htmlAt(String)}
 *                 gives the HTML as a page shows it
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
