package org.layerwise.model;

/**
 * Site-wide facts from {@code jbake.properties} and the command line.
 *
 * @param baseUrl absolute address the site is published at, without a trailing slash, such as
 *                {@code https://example.github.io/layerwise}; empty when unknown (then canonical
 *                links, the feed and the sitemap use root-relative paths)
 * @param preview true when built by {@code serve}: drafts shown, live reload script included
 * @param editBase the address a content file's path (relative to the project) is added to for its
 *                 "Edit this page" link, such as {@code https://github.com/owner/repo/edit/main/};
 *                 empty when {@code jbake.properties} names no repository
 */
public record SiteSettings(String title, String tagline, String description, String language, String baseUrl,
                           boolean preview, String editBase) {

    /** Settings without an edit link. */
    public SiteSettings(String title, String tagline, String description, String language, String baseUrl,
                        boolean preview) {
        this(title, tagline, description, language, baseUrl, preview, "");
    }

    /** The "Edit this page" address of {@code file} (relative to the project), if a repository is named. */
    public java.util.Optional<String> editUrl(java.nio.file.Path file) {
        if (editBase.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            String path = new java.net.URI(null, null, file.toString().replace('\\', '/'), null).toASCIIString();
            return java.util.Optional.of(editBase + path);
        } catch (java.net.URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }

    /** The path part of the base URL, always ending in '/': "/layerwise/" or "/". */
    public String basePath() {
        int scheme = baseUrl.indexOf("://");
        int slash = scheme < 0 ? -1 : baseUrl.indexOf('/', scheme + 3);
        String path = slash < 0 ? "" : baseUrl.substring(slash);
        return path.endsWith("/") ? path : path + "/";
    }
}
