package org.layerwise.model;

import java.util.List;

/**
 * One term of {@code content/glossary.yaml}.
 *
 * @param definition the definition, rendered for the glossary page
 * @param sources    the pages the definition rests on (at least one)
 */
public record GlossaryTerm(String id, String term, Body definition, List<String> seeAlso, List<String> types,
                           List<Source> sources, Origin origin) {
    public GlossaryTerm {
        sources = List.copyOf(sources);
        seeAlso = List.copyOf(seeAlso);
        types = List.copyOf(types);
    }
}
