package org.layerwise.model;

import java.util.List;

/**
 * One term of {@code content/glossary.yaml}.
 *
 * @param definition the definition, rendered for the glossary page
 */
public record GlossaryTerm(String id, String term, Body definition, List<String> seeAlso, List<String> types,
                           Origin origin) {
    public GlossaryTerm {
        seeAlso = List.copyOf(seeAlso);
        types = List.copyOf(types);
    }
}
