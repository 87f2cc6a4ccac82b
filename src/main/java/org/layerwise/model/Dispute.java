package org.layerwise.model;

import java.util.List;

/** A point on which sources disagree, with two or more positions, each backed by sources. */
public record Dispute(String topic, Aspect about, List<Position> positions) {

    /** What the disagreement is about; placement disputes are marked on the layering diagram. */
    public enum Aspect {
        PLACEMENT, FREQUENCY, USE, OTHER
    }

    public record Position(String claim, List<Source> sources) {
        public Position {
            sources = List.copyOf(sources);
        }
    }

    public Dispute {
        positions = List.copyOf(positions);
    }
}
