package org.layerwise.derive;

import org.layerwise.model.Base;
import org.layerwise.model.Body;
import org.layerwise.model.Cadence;
import org.layerwise.model.Dispute;
import org.layerwise.model.Origin;
import org.layerwise.model.Placement;
import org.layerwise.model.ProductType;
import org.layerwise.model.Source;
import org.layerwise.model.TimeOfDay;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    /** {@code type} with its placement in {@code time} marked as an alternative to {@code others}. */
    static ProductType alternativeTo(ProductType type, TimeOfDay time, String... others) {
        return placed(type, time, new Placement(type.placements().get(time).rank(), List.of(others), List.of(), "",
                List.of(), "routines." + (time == TimeOfDay.AM ? "morning" : "evening")));
    }

    /** {@code type} with {@code placement} in {@code time}, its other placements kept. */
    static ProductType placed(ProductType t, TimeOfDay time, Placement placement) {
        Map<TimeOfDay, Placement> placements = new EnumMap<>(TimeOfDay.class);
        placements.putAll(t.placements());
        placements.put(time, placement);
        return new ProductType(t.id(), t.name(), t.summary(), t.aliases(), t.step(), t.texture(), t.actives(),
                t.frequency(), t.cadence(), placements.keySet(), t.optional(), t.base(), t.emulsifiers(), t.packaging(),
                t.amount(), t.application(), t.skinTypes(), t.purposes(), t.keyIngredients(), t.cautions(),
                t.description(), t.disputes(), t.compareWith(), t.sources(), t.reviewed(), t.origin(), placements,
                t.movedFrom());
    }

    static Dispute placementDispute() {
        Dispute.Position one = new Dispute.Position("Before", List.of(new Source("A", "https://example.org/a")));
        Dispute.Position two = new Dispute.Position("After", List.of(new Source("B", "https://example.org/b")));
        return new Dispute("Where it goes", Dispute.Aspect.PLACEMENT, List.of(one, two));
    }
}
