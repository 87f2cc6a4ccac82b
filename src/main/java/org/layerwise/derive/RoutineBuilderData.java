package org.layerwise.derive;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import org.layerwise.model.ProductType;
import org.layerwise.model.RoutineRules;
import org.layerwise.model.Source;
import org.layerwise.model.TimeOfDay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the routine builder page offers and its script reads from {@link #FILE}: every product type
 * in routine order, the actives, and the rules about pairs. The template renders the form from the
 * same record, so the labels exist before any script runs.
 */
public record RoutineBuilderData(List<TypeEntry> types, List<ActiveEntry> actives, List<RuleEntry> rules) {

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
     * An active as the builder uses it.
     *
     * @param types product type ids that usually carry it
     * @param time  "am", "pm" or both, in that order
     */
    public record ActiveEntry(String id, String name, List<String> types, List<String> time) {

        /** The routine choice to preselect: "am", "pm" or "both". */
        public String defaultTime() {
            return time.size() == 1 ? time.get(0) : "both";
        }
    }

    /**
     * A rule as the builder uses it.
     *
     * @param severity "conflict" or "fine"
     * @param when     "same-night" or "same-routine"
     */
    public record RuleEntry(String id, List<String> between, String severity, String when, String message,
                            List<SourceEntry> sources) {
    }

    /**
     * A cited source as the builder shows it.
     *
     * @param kind the kind as readers see it ("Review"), or "" when not given
     */
    public record SourceEntry(String title, String url, String kind) {
        static SourceEntry of(Source source) {
            return new SourceEntry(source.title(), source.url(), source.kindLabel());
        }
    }

    public RoutineBuilderData {
        types = List.copyOf(types);
        actives = List.copyOf(actives);
        rules = List.copyOf(rules);
    }

    /** The builder's data for types in {@code order} and the site's routine rules. */
    public static RoutineBuilderData of(RoutineOrder order, RoutineRules routineRules) {
        List<TypeEntry> types = new ArrayList<>();
        for (ProductType type : order.all()) {
            types.add(new TypeEntry(type.id(), type.name(), type.step(), types.size(), times(type.time()),
                    word(type.cadence()), type.frequency(), type.occasional()));
        }
        List<ActiveEntry> actives = routineRules.actives().stream()
                .map(a -> new ActiveEntry(a.id(), a.name(), a.types(), times(a.time()))).toList();
        List<RuleEntry> rules = routineRules.rules().stream()
                .map(r -> new RuleEntry(r.id(), r.between(), word(r.severity()), word(r.when()),
                        r.message(), r.sources().stream().map(SourceEntry::of).toList())).toList();
        return new RoutineBuilderData(types, actives, rules);
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
