package org.layerwise.check;

import org.jsoup.Jsoup;

/** Reads a page's text into its links and ids: a pure function of the text. */
public interface PageReader {

    /** Reads the page with jsoup's HTML5 parser. */
    PageReader PARSING = html -> PageScans.scan(Jsoup.parse(html));

    /** The links and ids of the page {@code html}. Safe from several threads. */
    PageScans.Scan read(String html);
}
