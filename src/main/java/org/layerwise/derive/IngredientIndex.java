package org.layerwise.derive;

import org.layerwise.model.SitePaths;
import org.layerwise.model.Ingredient;
import org.layerwise.model.IngredientPair;
import org.layerwise.model.ProductType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The site's ingredients as pages show them: grouped by what they do, the ones a product type
 * usually carries, the types that carry one, and the pair notes that name one.
 */
public final class IngredientIndex {

    /** The ingredients of one role, by name. */
    public record Group(String label, String id, List<Ingredient> ingredients) {
        public Group {
            ingredients = List.copyOf(ingredients);
        }
    }

    /**
     * A pair note as an ingredient page lists it.
     *
     * @param others the ingredients on the other side, by name
     */
    public record PairNote(IngredientPair pair, List<Ingredient> others, String path) {
        public PairNote {
            others = List.copyOf(others);
        }
    }

    static final Comparator<Ingredient> BY_NAME = Comparator
            .comparing((Ingredient i) -> i.name().toLowerCase(Locale.ROOT)).thenComparing(Ingredient::id);

    private final List<Ingredient> byName;
    private final Map<String, Ingredient> byId;
    private final List<IngredientPair> pairs;

    public IngredientIndex(List<Ingredient> ingredients, List<IngredientPair> pairs) {
        this.byName = ingredients.stream().sorted(BY_NAME).toList();
        this.byId = ingredients.stream().collect(Collectors.toMap(Ingredient::id, Function.identity(), (a, b) -> a));
        this.pairs = List.copyOf(pairs);
    }

    /** Every ingredient, by name. */
    public List<Ingredient> all() {
        return byName;
    }

    /** Ingredients grouped by role, groups in the order of {@link Ingredient.Role}, empty ones left out. */
    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        for (Ingredient.Role role : Ingredient.Role.values()) {
            List<Ingredient> members = byName.stream().filter(i -> i.role() == role).toList();
            if (!members.isEmpty()) {
                groups.add(new Group(role.label(), role.name().toLowerCase(Locale.ROOT).replace('_', '-'), members));
            }
        }
        return groups;
    }

    /** The ingredients that list {@code type} as a type that usually carries them, by name. */
    public List<Ingredient> carriedBy(ProductType type) {
        return byName.stream().filter(i -> i.types().contains(type.id())).toList();
    }

    /** The types that usually carry {@code ingredient}, in routine order. */
    public List<ProductType> carriers(Ingredient ingredient, RoutineModel model) {
        return model.typesInOrder().stream().filter(t -> ingredient.types().contains(t.id())).toList();
    }

    /** The pair notes that name {@code ingredient}, in the order of the pairs file. */
    public List<PairNote> pairsOf(Ingredient ingredient) {
        List<PairNote> notes = new ArrayList<>();
        for (IngredientPair pair : pairs) {
            if (!pair.involves(ingredient.id())) {
                continue;
            }
            List<String> other = new ArrayList<>();
            if (pair.first().contains(ingredient.id())) {
                other.addAll(pair.second());
            }
            if (pair.second().contains(ingredient.id())) {
                other.addAll(pair.first());
            }
            List<Ingredient> others = other.stream().distinct().filter(id -> !id.equals(ingredient.id()))
                    .map(byId::get).filter(java.util.Objects::nonNull).sorted(BY_NAME).toList();
            notes.add(new PairNote(pair, others, SitePaths.ingredientPair(pair.id())));
        }
        return notes;
    }
}
