package org.layerwise.derive;

import org.layerwise.model.ProductType;
import org.layerwise.model.TimeOfDay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The order in which product types go on: by step, and within a step (serum and ampoule share
 * one) thinner and less concentrated first.
 */
public final class RoutineOrder {

    /** Routine order over all types. */
    public static final Comparator<ProductType> IN_ROUTINE = Comparator
            .comparingInt(ProductType::step)
            .thenComparingInt(ProductType::texture)
            .thenComparingInt(ProductType::actives)
            .thenComparing(ProductType::id);

    /** Types that share a step, in routine order; {@code number} counts groups from 1. */
    public record StepGroup(int number, int step, List<ProductType> types) {
        public StepGroup {
            types = List.copyOf(types);
        }
    }

    private final List<ProductType> types;

    public RoutineOrder(List<ProductType> types) {
        this.types = types.stream().sorted(IN_ROUTINE).toList();
    }

    /** Every type, in routine order. */
    public List<ProductType> all() {
        return types;
    }

    /** The step groups of all types. */
    public List<StepGroup> groups() {
        return group(types);
    }

    /** The step groups of the morning or evening routine. */
    public List<StepGroup> routine(TimeOfDay when) {
        return group(types.stream().filter(t -> t.usedAt(when)).toList());
    }

    private static List<StepGroup> group(List<ProductType> ordered) {
        Map<Integer, List<ProductType>> bySteps = new TreeMap<>();
        for (ProductType type : ordered) {
            bySteps.computeIfAbsent(type.step(), s -> new ArrayList<>()).add(type);
        }
        List<StepGroup> groups = new ArrayList<>();
        for (Map.Entry<Integer, List<ProductType>> entry : bySteps.entrySet()) {
            groups.add(new StepGroup(groups.size() + 1, entry.getKey(), entry.getValue()));
        }
        return groups;
    }
}
