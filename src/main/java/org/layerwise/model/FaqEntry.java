package org.layerwise.model;

import java.util.List;

/**
 * One question of {@code content/faq.yaml}.
 *
 * @param answer the answer, rendered for the FAQ page
 * @param more    site path of the page that answers in depth, e.g. {@code /articles/serum-vs-ampoule/}
 * @param sources the pages the answer rests on (at least one)
 */
public record FaqEntry(String id, String question, Body answer, String more, List<String> types,
                       List<Source> sources, Origin origin) {
    public FaqEntry {
        types = List.copyOf(types);
        sources = List.copyOf(sources);
    }
}
