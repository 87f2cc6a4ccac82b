package org.layerwise.derive;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import org.layerwise.model.Ingredient;
import org.layerwise.model.IngredientPair;
import org.layerwise.model.ProductType;
import org.layerwise.model.TimeOfDay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the routine builder page offers and its script reads from {@link #FILE}: every product type
 * in routine order, the ingredients, and what is known about pairs of them. The template renders
 * the form from the same record, so the labels exist before any script runs.
 */
public record RoutineBuilderData(List<TypeEntry> types, List<IngredientEntry> ingredients, List<PairEntry> pairs) {

    /** The site path of the JSON file. */
    public static final String FILE = "routine-data.json";

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /**
     * A product type as the builder uses it.
     *
     * @param order      its position in routine order, from 0; the script sorts by it
     * @param time       "am", "pm" or both, in that order
     * @param cadence    "daily", "weekly" or "as-needed"
     * @param frequency  the reader-facing label, e.g. "Once or twice a week"
     * @param occasional weekly, as-needed or optional
     */
    public record TypeEntry(String id, String name, int step, int order, List<String> time, String cadence,
                            String frequency, boolean occasional) {

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

    /** The builder's data for types in {@code order} and the site's ingredients and pairs. */
    public static RoutineBuilderData of(RoutineOrder order, List<Ingredient> ingredients, List<IngredientPair> pairs) {
        List<TypeEntry> types = new ArrayList<>();
        for (ProductType type : order.all()) {
            types.add(new TypeEntry(type.id(), type.name(), type.step(), types.size(), times(type.time()),
                    word(type.cadence()), type.frequency(), type.occasional()));
        }
        return new RoutineBuilderData(types, ingredientEntries(ingredients), pairEntries(pairs));
    }

    /** The ingredients a reader can tick, by name. */
    private static List<IngredientEntry> ingredientEntries(List<Ingredient> ingredients) {
        return ingredients.stream()
                .sorted(Comparator.comparing((Ingredient i) -> i.name().toLowerCase(Locale.ROOT)).thenComparing(Ingredient::id))
                .map(i -> new IngredientEntry(i.id(), i.name(), i.impliedBy(), times(i.time()), IngredientPages.path(i),
                        i.sunSensitising()))
                .toList();
    }

    /** The notes about pairs, in the order of the pairs file. */
    private static List<PairEntry> pairEntries(List<IngredientPair> pairs) {
        return pairs.stream()
                .map(p -> new PairEntry(p.id(), p.first(), p.second(), p.verdict().word(), p.verdict().heading(),
                        word(p.when()), p.advice() + " " + p.reason(), IngredientPages.pairPath(p)))
                .toList();
    }

    /** The JSON text of {@link #FILE}; the same data always gives the same bytes. */
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
