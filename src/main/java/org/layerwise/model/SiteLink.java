package org.layerwise.model;

/**
 * A link from Markdown to a page of this site, written as a root path ({@code /faq/#x}), with
 * the {@code type:} and {@code term:} short forms, or as {@code #x} within the page that shows it;
 * kept so that a broken one is reported at its line.
 *
 * @param path     the site path without the fragment, e.g. {@code faq/} ("" for the home page, and
 *                 for a link within the page)
 * @param fragment the part after {@code #}, or "" when none
 * @param line     the 1-based line in the source file
 * @param samePage whether the link was written as {@code #fragment}, to the page that shows it
 */
public record SiteLink(String path, String fragment, int line, boolean samePage) {

    /** A link to another page (or to a place on it). */
    public SiteLink(String path, String fragment, int line) {
        this(path, fragment, line, false);
    }

    /** The link that a root path such as {@code /faq/#x} (which starts with "/") makes, written at {@code line}. */
    public static SiteLink ofRootPath(String url, int line) {
        int hash = url.indexOf('#');
        String path = (hash < 0 ? url : url.substring(0, hash)).substring(1);
        return new SiteLink(path, hash < 0 ? "" : url.substring(hash + 1), line);
    }

    /** How the link reads where it was written: {@code /path#fragment} or {@code #fragment}. */
    public String written() {
        String hash = fragment.isEmpty() ? "" : "#" + fragment;
        return samePage ? hash : "/" + path + hash;
    }
}
