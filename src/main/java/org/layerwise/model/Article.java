package org.layerwise.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An article from {@code content/articles/<slug>.md}: front matter and rendered body.
 *
 * @param series   id of the series it belongs to, empty when standalone
 * @param reviewed when an editor last checked the article against its sources
 * @param aliases  old addresses (root-relative site paths, such as {@code /old/address/}) that
 *                 redirect to this article
 */
public record Article(
        String slug,
        String title,
        LocalDate date,
        Optional<LocalDate> updated,
        String summary,
        List<String> tags,
        List<String> types,
        Status status,
        Optional<String> series,
        Optional<LocalDate> reviewed,
        Body body,
        Origin origin,
        List<String> aliases) {

    public Article {
        aliases = List.copyOf(aliases);
        tags = List.copyOf(tags);
        types = List.copyOf(types);
    }

    /** This article with {@code updated} set, as when the last commit that touched its file gives the day. */
    public Article withUpdated(LocalDate day) {
        return new Article(slug, title, date, Optional.of(day), summary, tags, types, status, series, reviewed, body, origin,
                aliases);
    }

    /** The date readers see as "last updated". */
    public LocalDate lastUpdated() {
        return updated.orElse(date);
    }
}
