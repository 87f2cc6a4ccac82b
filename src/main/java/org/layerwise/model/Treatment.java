package org.layerwise.model;

import java.util.Map;

/**
 * A treatment step that is an active rather than a product type (retinoid, prescription
 * treatment), read from {@code content/treatments/<id>.yaml}: only where it goes. Readers learn
 * what it is from the glossary term it links to.
 *
 * @param term       id of the glossary term that explains it
 * @param placements where it goes, per routine it belongs to
 */
public record Treatment(String id, String name, String summary, String term, Map<TimeOfDay, Placement> placements,
                        Origin origin) {

    public Treatment {
        placements = Map.copyOf(placements);
    }
}
