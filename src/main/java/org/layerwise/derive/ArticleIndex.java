package org.layerwise.derive;

import org.layerwise.model.Article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Articles in the orders and groups pages list them: newest first, by tag, by type, by series. */
public final class ArticleIndex {

    /** Newest first; on the same day, by title. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator.comparing(Article::date).reversed()
            .thenComparing(Article::title);

    private static final int WORDS_PER_MINUTE = 220;

    private final List<Article> newestFirst;

    public ArticleIndex(List<Article> articles) {
        this.newestFirst = articles.stream().sorted(NEWEST_FIRST).toList();
    }

    public List<Article> newestFirst() {
        return newestFirst;
    }

    /** Tags in alphabetical order, each with its articles newest first. */
    public Map<String, List<Article>> byTag() {
        Map<String, List<Article>> tags = new TreeMap<>();
        for (Article article : newestFirst) {
            for (String tag : article.tags()) {
                tags.computeIfAbsent(tag, t -> new ArrayList<>()).add(article);
            }
        }
        return tags;
    }

    /** Every tag in alphabetical order, with how many articles carry it. */
    public List<Topic> topics() {
        return byTag().entrySet().stream().map(e -> new Topic(e.getKey(), e.getValue().size())).toList();
    }

    /** Series in alphabetical order of their names, each with its articles oldest first (reading order). */
    public Map<String, List<Article>> bySeries() {
        Map<String, List<Article>> series = new TreeMap<>();
        for (Article article : newestFirst) {
            article.series().ifPresent(name -> series.computeIfAbsent(name, n -> series(article)));
        }
        return series;
    }

    /** Articles whose front matter lists the type, newest first. */
    public List<Article> about(String typeId) {
        return newestFirst.stream().filter(a -> a.types().contains(typeId)).toList();
    }

    /** The article before this one in its series (older), if any. */
    public Optional<Article> previousInSeries(Article article) {
        List<Article> series = series(article);
        int index = series.indexOf(article);
        return index > 0 ? Optional.of(series.get(index - 1)) : Optional.empty();
    }

    /** The article after this one in its series (newer), if any. */
    public Optional<Article> nextInSeries(Article article) {
        List<Article> series = series(article);
        int index = series.indexOf(article);
        return index >= 0 && index < series.size() - 1 ? Optional.of(series.get(index + 1)) : Optional.empty();
    }

    /** Minutes to read, rounded up, at least one. */
    public static int readingMinutes(Article article) {
        return Math.max(1, (article.body().words() + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    private List<Article> series(Article article) {
        if (article.series().isEmpty()) {
            return List.of();
        }
        return newestFirst.stream().filter(a -> a.series().equals(article.series()))
                .sorted(NEWEST_FIRST.reversed()).toList();
    }
}
