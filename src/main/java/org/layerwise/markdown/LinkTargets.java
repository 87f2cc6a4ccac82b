package org.layerwise.markdown;

import java.util.Set;

/**
 * The ids that the short link forms may name: {@code [serum](type:serum)},
 * {@code [humectant](term:humectant)} and {@code [vitamin C](ingredient:vitamin-c)}.
 */
public record LinkTargets(Set<String> typeIds, Set<String> termIds, Set<String> ingredientIds) {

    /** Targets without ingredients. */
    public LinkTargets(Set<String> typeIds, Set<String> termIds) {
        this(typeIds, termIds, Set.of());
    }

    public LinkTargets {
        typeIds = Set.copyOf(typeIds);
        termIds = Set.copyOf(termIds);
        ingredientIds = Set.copyOf(ingredientIds);
    }
}
