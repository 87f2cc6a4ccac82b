package org.layerwise.check;

/** Reads a page's text into its links and ids: a pure function of the text. */
public interface PageReader {

    /** Reads the page with a parser ({@link PageScans#scan(org.jsoup.nodes.Document)}). */
    PageReader PARSING = html -> PageScans.scan(org.jsoup.Jsoup.parse(html));

    /** The links and ids of the page {@code html}. Safe from several threads. */
    PageScans.Scan read(String html);
}
