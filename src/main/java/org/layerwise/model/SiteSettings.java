package org.layerwise.model;

/**
 * Site-wide facts from {@code jbake.properties} and the command line.
 *
 * @param baseUrl absolute address the site is published at, without a trailing slash, such as
 *                {@code https://example.github.io/layerwise}; empty when unknown (then canonical
 *                links, the feed and the sitemap use root-relative paths)
 * @param preview true when built by {@code serve}: drafts shown, live reload script included
 */
public record SiteSettings(String title, String tagline, String description, String language, String baseUrl,
                           boolean preview) {

    /** The path part of the base URL, always ending in '/': "/layerwise/" or "/". */
    public String basePath() {
        int scheme = baseUrl.indexOf("://");
        int slash = scheme < 0 ? -1 : baseUrl.indexOf('/', scheme + 3);
        String path = slash < 0 ? "" : baseUrl.substring(slash);
        return path.endsWith("/") ? path : path + "/";
    }
}
