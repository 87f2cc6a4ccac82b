package org.layerwise.model;

import java.util.List;

/**
 * A pair of actives or product types and what to tell a reader who uses both, from
 * {@code content/routine-rules.yaml}.
 *
 * @param between two ids, each an active's or a product type's
 * @param message one or two plain sentences shown with the pair
 */
public record RoutineRule(String id, List<String> between, Severity severity, When when, String message,
                          List<Source> sources) {

    /** Whether the pair is a problem or a reassurance. */
    public enum Severity {
        /** Keep them apart: the builder warns. */
        CONFLICT,
        /** A pairing often said to clash that does not: the builder says so. */
        FINE
    }

    /** When the two count as used together. */
    public enum When {
        /** Both in the evening routine. */
        SAME_NIGHT,
        /** Both in the morning routine, or both in the evening routine. */
        SAME_ROUTINE
    }

    public RoutineRule {
        between = List.copyOf(between);
        sources = List.copyOf(sources);
    }
}
