package org.layerwise.derive;

import org.layerwise.model.Base;
import org.layerwise.model.Body;
import org.layerwise.model.Cadence;
import org.layerwise.model.Dispute;
import org.layerwise.model.Origin;
import org.layerwise.model.ProductType;
import org.layerwise.model.Source;
import org.layerwise.model.TimeOfDay;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Product types built in code, with only the facts a derive test cares about. */
public final class TypeExamples {

    private TypeExamples() {
    }

    public static ProductType type(String id, int step, int texture, int actives, Cadence cadence, Set<TimeOfDay> time) {
        return type(id, step, texture, actives, cadence, time, List.of());
    }

    static ProductType type(String id, int step, int texture, int actives, Cadence cadence, Set<TimeOfDay> time,
                            List<Dispute> disputes) {
        String name = Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
        return named(id, name, step, texture, actives, cadence, time, disputes);
    }

    static ProductType named(String id, String name, int step, int texture, int actives, Cadence cadence,
                             Set<TimeOfDay> time, List<Dispute> disputes) {
        return new ProductType(id, name, name + " summary.", List.of(), step, texture, actives, "Daily", cadence,
                time, false, Base.WATER, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), List.of(), List.of(), List.of(), Body.EMPTY, disputes, List.of(),
                List.of(new Source("Example", "https://example.org/types/" + id)), Optional.empty(),
                Origin.of(Path.of(id + ".yaml")));
    }

    static Dispute placementDispute() {
        Dispute.Position one = new Dispute.Position("Before", List.of(new Source("A", "https://example.org/a")));
        Dispute.Position two = new Dispute.Position("After", List.of(new Source("B", "https://example.org/b")));
        return new Dispute("Where it goes", Dispute.Aspect.PLACEMENT, List.of(one, two));
    }
}
