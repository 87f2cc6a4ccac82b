package org.layerwise.markdown;

import java.util.Set;

/**
 * The ids that the short link forms may name: {@code [serum](type:serum)} and
 * {@code [humectant](term:humectant)}.
 */
public record LinkTargets(Set<String> typeIds, Set<String> termIds) {

    public LinkTargets {
        typeIds = Set.copyOf(typeIds);
        termIds = Set.copyOf(termIds);
    }
}
