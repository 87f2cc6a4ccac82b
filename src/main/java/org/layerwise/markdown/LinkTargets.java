package org.layerwise.markdown;

import org.layerwise.model.SourcePolicy;

import java.util.Set;

/**
 * What links in content may point at: the ids that the short link forms may name,
 * {@code [serum](type:serum)}, {@code [humectant](term:humectant)} and
 * {@code [vitamin C](ingredient:vitamin-c)}, and which external pages may be cited as sources (no
 * home pages, no refused hosts).
 */
public record LinkTargets(Set<String> typeIds, Set<String> termIds, Set<String> ingredientIds, SourcePolicy sources) {

    public LinkTargets {
        typeIds = Set.copyOf(typeIds);
        termIds = Set.copyOf(termIds);
        ingredientIds = Set.copyOf(ingredientIds);
    }

    /** Targets without ingredients, with no refused hosts: only the home-page rule applies to sources. */
    public LinkTargets(Set<String> typeIds, Set<String> termIds) {
        this(typeIds, termIds, Set.of(), SourcePolicy.NO_REFUSED_HOSTS);
    }
}
