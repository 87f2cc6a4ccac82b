package org.layerwise.derive;

import org.layerwise.model.ProductType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The focused comparisons that the types' {@code compare_with} lists ask for, each once. */
public final class Comparisons {

    private final List<FocusedComparison> all;

    /** Builds the comparisons; ids that name no type are skipped (the validator reports them). */
    public Comparisons(List<ProductType> types, RoutineModel model) {
        Map<String, ProductType> byId = types.stream().collect(Collectors.toMap(ProductType::id, Function.identity()));
        Set<Set<String>> memberSets = new LinkedHashSet<>();
        for (ProductType type : types) {
            for (List<String> others : type.compareWith()) {
                Set<String> members = new TreeSet<>(others);
                members.add(type.id());
                if (members.size() >= 2 && byId.keySet().containsAll(members)) {
                    memberSets.add(members);
                }
            }
        }
        List<FocusedComparison> comparisons = new ArrayList<>();
        for (Set<String> members : memberSets) {
            comparisons.add(FocusedComparison.of(members.stream().map(byId::get).toList(), model));
        }
        comparisons.sort(Comparator.comparing((FocusedComparison c) -> c.members().size())
                .thenComparingInt(c -> model.typesInOrder().indexOf(c.members().get(0)))
                .thenComparing(FocusedComparison::slug));
        this.all = List.copyOf(comparisons);
    }

    public List<FocusedComparison> all() {
        return all;
    }

    /** The comparisons a type takes part in. */
    public List<FocusedComparison> involving(ProductType type) {
        return all.stream().filter(c -> c.members().contains(type)).toList();
    }
}
