package org.layerwise.plan;

import org.layerwise.derive.ArticleIndex;
import org.layerwise.model.Article;
import org.layerwise.model.SitePaths;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** An article as lists, feeds and its own page header show it: dates ready to print, tags with their pages. */
public record ArticleCard(String slug, String path, String title, String summary, String date, String dateText,
                          String updated, String updatedText, boolean wasUpdated, int minutes, List<Link> tags,
                          boolean draft, boolean scheduled) {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The card of {@code article}; {@code scheduled} when it is dated after the build's day. */
    public static ArticleCard of(Article article, boolean scheduled) {
        return new ArticleCard(article.slug(), SitePaths.article(article.slug()), article.title(), article.summary(),
                article.date().toString(), READABLE.format(article.date()),
                article.lastUpdated().toString(), READABLE.format(article.lastUpdated()),
                article.updated().isPresent(), ArticleIndex.readingMinutes(article),
                article.tags().stream().map(tag -> new Link(tag, SitePaths.tag(tag))).toList(),
                article.status() == org.layerwise.model.Status.DRAFT, scheduled);
    }
}
