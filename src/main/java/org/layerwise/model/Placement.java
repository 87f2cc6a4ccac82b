package org.layerwise.model;

import java.util.List;

/**
 * Where a product type or treatment goes in one routine (morning or evening). Lower ranks go on
 * first. A daily type takes a numbered place in the routine's daily line; a weekly or as-needed
 * one, or a treatment, is a side step that slots in at its rank on the days it is used.
 *
 * @param rank         the position: lower goes on first
 * @param alternatives ids of types that take the same place instead of this one ("facial oil or
 *                     sleeping mask"); either side may say so
 * @param partners     ids of types used together at the same place, side by side
 * @param reason       why this layer may be thinner than the one before it, shown to readers; "" for none
 * @param sources      pages that back this placement, shown with it on the type page
 * @param at           the key path of the placement in its file, for messages ("routines.evening")
 */
public record Placement(int rank, List<String> alternatives, List<String> partners, String reason,
                        List<Source> sources, String at) {

    public Placement {
        alternatives = List.copyOf(alternatives);
        partners = List.copyOf(partners);
        sources = List.copyOf(sources);
    }

    /** A placement at {@code rank} with no alternatives, partners or reason (a type file's {@code step}). */
    public static Placement ranked(int rank, String at) {
        return new Placement(rank, List.of(), List.of(), "", List.of(), at);
    }
}
