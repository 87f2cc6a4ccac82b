package org.layerwise.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site's own words and editorial choices that belong to no article, type or page, from
 * {@code content/site.yaml}: what the home page features, and each section page's description.
 *
 * @param featured     the id of the comparison the home page shows in full; empty for the widest one
 * @param homeArticles how many of the newest articles the home page lists
 * @param descriptions each section page's one-sentence description, by page kind (see {@link #SECTIONS})
 * @param origin       where each value was written, for messages
 */
public record SiteCopy(Optional<String> featured, int homeArticles, Map<String, String> descriptions, Origin origin) {

    /** The page kinds whose descriptions content/site.yaml gives, in the order the file lists them. */
    public static final List<String> SECTIONS = List.of("types", "compare", "ingredients", "pairs", "layering",
            "routine", "articles", "tags", "faq", "glossary", "search", "notfound");

    /** No copy: for a site that could not be read, and for tests of what pages do not show copy. */
    public static final SiteCopy NONE = new SiteCopy(Optional.empty(), 0, Map.of(), Origin.of(Path.of("content", "site.yaml")));

    public SiteCopy {
        descriptions = Map.copyOf(descriptions);
    }

    /**
     * The description of the section page of {@code kind}, one of {@link #SECTIONS}; "" only when
     * content/site.yaml could not be read, which the load has reported.
     */
    public String description(String kind) {
        return descriptions.getOrDefault(kind, "");
    }
}
