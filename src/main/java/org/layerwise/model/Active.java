package org.layerwise.model;

import java.util.List;
import java.util.Set;

/**
 * An active ingredient a reader can tick in the routine builder, from {@code content/routine-rules.yaml}.
 *
 * @param types product type ids that usually carry it (an exfoliant usually carries an AHA or BHA):
 *              ticking such a type counts as using the active when rules are checked
 * @param time  the routines the builder preselects for it
 */
public record Active(String id, String name, List<String> types, Set<TimeOfDay> time) {

    public Active {
        types = List.copyOf(types);
        time = Set.copyOf(time);
    }
}
