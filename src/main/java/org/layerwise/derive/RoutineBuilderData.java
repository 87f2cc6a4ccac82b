package org.layerwise.derive;

import org.layerwise.model.SitePaths;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import org.layerwise.model.Ingredient;
import org.layerwise.model.IngredientPair;
import org.layerwise.model.ProductType;
import org.layerwise.model.TimeOfDay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the routine builder page offers and its script reads from {@link SitePaths#ROUTINE_DATA}: every product type
 * and treatment step in routine order, the ingredients, and what is known about pairs of them. The
 * template renders the form from the same record, so the labels exist before any script runs.
 */
public record RoutineBuilderData(List<TypeEntry> types, List<IngredientEntry> ingredients, List<PairEntry> pairs) {

    /** The site path of the JSON file. */

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /**
     * A product type or treatment step as the builder uses it.
     *
     * @param kind       "type" or "treatment"
     * @param path       the page that explains it, relative to the site root
     * @param orders     per routine ("am", "pm"), its position among all entries, from 0; the script
     *                   sorts by it. An entry outside a routine is placed by its step in the other one
     * @param slots      per routine, where a side step slots in ("after toner, on the days you use it");
     *                   absent for numbered steps
     * @param time       "am", "pm" or both, in that order
     * @param cadence    "daily", "weekly" or "as-needed"
     * @param frequency  the reader-facing label, e.g. "Once or twice a week"
     * @param occasional weekly, as-needed or optional
     */
    public record TypeEntry(String id, String name, String kind, String path, Map<String, Integer> orders,
                            Map<String, String> slots, List<String> time, String cadence, String frequency,
                            boolean occasional) {

        public TypeEntry {
            orders = new TreeMap<>(orders);
            slots = new TreeMap<>(slots);
        }

        /** The routine choice to preselect: "am", "pm" or "both". */
        public String defaultTime() {
            return time.size() == 1 ? time.get(0) : "both";
        }

        /** The cadence choice to preselect: "weekly" for weekly types, otherwise "daily". */
        public String defaultCadence() {
            return cadence.equals("weekly") ? "weekly" : "daily";
        }
    }

    /**
     * An ingredient as the builder uses it.
     *
     * @param types product type ids that nearly always carry it: ticking one counts as using it
     * @param time  "am", "pm" or both, in that order: the routine the builder preselects
     * @param path  its page, relative to the site root
     * @param sun   whether it makes skin more sensitive to the sun
     */
    public record IngredientEntry(String id, String name, List<String> types, List<String> time, String path,
                                  boolean sun) {

        /** The routine choice to preselect: "am", "pm" or "both". */
        public String defaultTime() {
            return time.size() == 1 ? time.get(0) : "both";
        }
    }

    /**
     * What is known about ingredients together, as the builder uses it: any ingredient of
     * {@code first} with any of {@code second}.
     *
     * @param verdict "conflict", "caution", "fine" or "myth"
     * @param heading how the note opens: "Keep apart", "Take care", "Fine together"…
     * @param when    "same-night" or "same-routine"
     * @param path    the reason on the pairs page, relative to the site root
     */
    public record PairEntry(String id, List<String> first, List<String> second, String verdict, String heading,
                            String when, String message, String path) {
    }

    public RoutineBuilderData {
        types = List.copyOf(types);
        ingredients = List.copyOf(ingredients);
        pairs = List.copyOf(pairs);
    }

    /** The builder's data for the types and treatments of {@code model} and the site's ingredients and pairs. */
    public static RoutineBuilderData of(RoutineModel model, List<Ingredient> ingredients, List<IngredientPair> pairs) {
        return new RoutineBuilderData(steps(model), ingredientEntries(ingredients), pairEntries(pairs));
    }

    /** The ingredients a reader can tick, by name. */
    private static List<IngredientEntry> ingredientEntries(List<Ingredient> ingredients) {
        return ingredients.stream()
                .sorted(Comparator.comparing((Ingredient i) -> i.name().toLowerCase(Locale.ROOT)).thenComparing(Ingredient::id))
                .map(i -> new IngredientEntry(i.id(), i.name(), i.impliedBy(), times(i.time()), SitePaths.ingredient(i.id()),
                        i.sunSensitising()))
                .toList();
    }

    /** The notes about pairs, in the order of the pairs file. */
    private static List<PairEntry> pairEntries(List<IngredientPair> pairs) {
        return pairs.stream()
                .map(p -> new PairEntry(p.id(), p.first(), p.second(), p.verdict().word(), p.verdict().heading(),
                        word(p.when()), p.advice() + " " + p.reason(), SitePaths.ingredientPair(p.id())))
                .toList();
    }

    /**
     * Every type and treatment in the order of the routines, each with its position in either
     * routine and where side steps slot in.
     */
    private static List<TypeEntry> steps(RoutineModel model) {
        Map<String, RoutineModel.Entry> entries = new LinkedHashMap<>();
        Map<String, Map<TimeOfDay, Integer>> ranks = new HashMap<>();
        for (RoutineModel.Routine routine : model.routines()) {
            for (RoutineModel.Entry entry : routine.applied()) {
                entries.putIfAbsent(entry.id(), entry);
                ranks.computeIfAbsent(entry.id(), id -> new EnumMap<>(TimeOfDay.class)).put(routine.time(), entry.rank());
            }
        }
        Map<String, Map<String, Integer>> orders = new HashMap<>();
        for (RoutineModel.Routine routine : model.routines()) {
            TimeOfDay other = routine.time() == TimeOfDay.AM ? TimeOfDay.PM : TimeOfDay.AM;
            List<RoutineModel.Entry> all = new ArrayList<>(entries.values());
            all.sort(Comparator.comparingInt((RoutineModel.Entry e) -> ranks.get(e.id())
                            .getOrDefault(routine.time(), ranks.get(e.id()).getOrDefault(other, 0)))
                    .thenComparingInt(RoutineModel.Entry::texture).thenComparingInt(RoutineModel.Entry::actives)
                    .thenComparing(RoutineModel.Entry::id));
            for (int i = 0; i < all.size(); i++) {
                orders.computeIfAbsent(all.get(i).id(), id -> new TreeMap<>()).put(word(routine.time()), i);
            }
        }
        List<TypeEntry> steps = new ArrayList<>();
        List<RoutineModel.Entry> listed = new ArrayList<>(entries.values());
        listed.sort(Comparator.comparingInt(e -> orders.get(e.id()).get("pm")));
        for (RoutineModel.Entry entry : listed) {
            Map<String, String> slots = new TreeMap<>();
            for (RoutineModel.Routine routine : model.routines()) {
                routine.branchOf(entry.id()).ifPresent(b ->
                        slots.put(word(routine.time()), b.slot() + ", on the days you use it"));
            }
            List<String> time = Arrays.stream(TimeOfDay.values()).filter(ranks.get(entry.id())::containsKey)
                    .map(RoutineBuilderData::word).toList();
            if (entry.treatment()) {
                steps.add(new TypeEntry(entry.id(), entry.name(), "treatment", entry.path(), orders.get(entry.id()),
                        slots, time, "as-needed", "As your prescriber or the product says", true));
            } else {
                ProductType type = entry.type();
                steps.add(new TypeEntry(type.id(), type.name(), "type", entry.path(), orders.get(entry.id()), slots,
                        time, word(type.cadence()), type.frequency(), type.occasional()));
            }
        }
        return steps;
    }

    /**
     * What the diagrams of {@code model} show that this builder does not offer, and the reverse,
     * one sentence each; empty when they agree.
     */
    public List<String> mismatches(RoutineModel model) {
        List<String> found = new ArrayList<>();
        Set<String> offered = new TreeSet<>();
        types.forEach(t -> offered.add(t.id()));
        Set<String> drawn = new TreeSet<>();
        model.routines().forEach(r -> r.applied().forEach(e -> drawn.add(e.id())));
        for (String id : drawn) {
            if (!offered.contains(id)) {
                found.add("the layering diagrams show '" + id + "', which the routine builder does not offer");
            }
        }
        for (String id : offered) {
            if (!drawn.contains(id)) {
                found.add("the routine builder offers '" + id + "', which no layering diagram shows");
            }
        }
        return found;
    }

    /** The JSON text of {@link SitePaths#ROUTINE_DATA}; the same data always gives the same bytes. */
    public String json() {
        return GSON.toJson(this);
    }

    private static List<String> times(Set<TimeOfDay> time) {
        // sets have no order; the file must come out the same on every build
        return Arrays.stream(TimeOfDay.values()).filter(time::contains).map(RoutineBuilderData::word).toList();
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
