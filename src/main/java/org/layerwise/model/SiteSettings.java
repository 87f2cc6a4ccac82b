package org.layerwise.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Site-wide facts from {@code jbake.properties} and the command line.
 *
 * @param baseUrl     absolute address the site is published at, without a trailing slash, such as
 *                    {@code https://example.github.io/layerwise}; empty when unknown (then pages have
 *                    no canonical link, and the build writes no feed and no sitemap)
 * @param siteId      {@code site.id}: the fixed "authority,date" of the tag: URIs that identify the
 *                    feed and its entries, such as {@code layerwise,2026-12-01}; empty when not set
 * @param preview     true when built by {@code serve}: live reload script included
 * @param unpublished true when drafts and scheduled articles are loaded too ({@code serve}, {@code check})
 * @param today       the day of the build (UTC): articles dated after it are scheduled, left out of
 *                    {@code build}
 * @param editBase    the address a content file's path (relative to the project) is added to for its
 *                    "Edit this page" link, such as {@code https://github.com/owner/repo/edit/main/};
 *                    empty when {@code jbake.properties} names no repository
 */
public record SiteSettings(String title, String tagline, String description, String language, String baseUrl,
                           String siteId, boolean preview, boolean unpublished, LocalDate today, String editBase) {

    /** The "Edit this page" address of {@code file} (relative to the project), if a repository is named. */
    public Optional<String> editUrl(Path file) {
        if (editBase.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(editBase + new URI(null, null, file.toString().replace('\\', '/'), null).toASCIIString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The path part of the base URL, always ending in '/': "/layerwise/" or "/". */
    public String basePath() {
        int scheme = baseUrl.indexOf("://");
        int slash = scheme < 0 ? -1 : baseUrl.indexOf('/', scheme + 3);
        String path = slash < 0 ? "" : baseUrl.substring(slash);
        return path.endsWith("/") ? path : path + "/";
    }

    /** True when the published address is known: only then are the feed and the sitemap written. */
    public boolean published() {
        return !baseUrl.isEmpty();
    }

    /** True for an article that {@code build} publishes: not a draft, and not dated after today. */
    public boolean publishes(Article article) {
        return article.status() == Status.PUBLISHED && !scheduled(article);
    }

    /** True for an article dated after today: {@code build} leaves it out until its day. */
    public boolean scheduled(Article article) {
        return article.date().isAfter(today);
    }

    /** The same settings, loading drafts and scheduled articles too, as {@code check} does. */
    public SiteSettings withUnpublished() {
        return new SiteSettings(title, tagline, description, language, baseUrl, siteId, preview, true, today, editBase);
    }
}
