package org.layerwise.derive;

import org.layerwise.model.SitePaths;
import org.layerwise.markdown.RoutineEmbed;
import org.layerwise.model.Dispute;
import org.layerwise.model.Placement;
import org.layerwise.model.ProductType;
import org.layerwise.model.TimeOfDay;
import org.layerwise.model.Treatment;
import org.layerwise.model.Suggestion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The one routine model everything that shows an order is derived from: for the morning and the
 * evening, the daily line of numbered steps (a step holds one type, alternatives or a group) and
 * the side steps (weekly and as-needed types, treatments) that slot in on the days they are used.
 * Built from each type's and treatment's own placements; see docs/product-types.md.
 */
public final class RoutineModel {

    /** Application order within a routine: by rank, then thinner and weaker first, then id. */
    static final Comparator<Entry> APPLIED = Comparator.comparingInt(Entry::rank)
            .thenComparingInt(Entry::texture).thenComparingInt(Entry::actives).thenComparing(Entry::id);

    /**
     * One type or treatment in one routine.
     *
     * @param path      site path of the page that explains it ("types/serum/", "glossary/#retinoid")
     * @param type      the product type, or null for a treatment
     * @param mark      what marks it as special: "weekly", "as needed", "optional", "treatment" or ""
     * @param reason    why it may be thinner than the layer before, shown to readers, or ""
     * @param dispute   site path of its placement dispute ("types/x/#lw-dispute-0"), or "" when none
     */
    public record Entry(String id, String name, String path, int rank, int texture, int actives, ProductType type,
                        String mark, String reason, String dispute) {

        public boolean treatment() {
            return type == null;
        }

        public boolean contested() {
            return !dispute.isEmpty();
        }

        String lowerName() {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    /** A side step and where it slots in, "after toner" or "with serum". */
    public record Branch(Entry entry, String slot) {
    }

    /**
     * A numbered place in the daily line.
     *
     * @param alternatives true when its members take the place instead of each other ("or"),
     *                     false when they go on together
     * @param branches     side steps that slot in at this step or after it, in application order
     */
    public record Step(int number, List<Entry> members, boolean alternatives, List<Branch> branches) {
        public Step {
            members = List.copyOf(members);
            branches = List.copyOf(branches);
        }
    }

    /**
     * One routine.
     *
     * @param before  side steps that come before the first step
     * @param applied every entry in the order it goes on
     */
    public record Routine(TimeOfDay time, String name, List<Branch> before, List<Step> steps, List<Entry> applied) {
        public Routine {
            before = List.copyOf(before);
            steps = List.copyOf(steps);
            applied = List.copyOf(applied);
        }

        public Optional<Step> stepOf(String id) {
            return steps.stream().filter(s -> s.members().stream().anyMatch(e -> e.id().equals(id))).findFirst();
        }

        public Optional<Branch> branchOf(String id) {
            return Stream.concat(before.stream(), steps.stream().flatMap(s -> s.branches().stream()))
                    .filter(b -> b.entry().id().equals(id)).findFirst();
        }

        /**
         * Where {@code id} goes, as readers see it: "step 5 of 9", "step 11 of 11, or sleeping
         * mask", "after toner, on the days you use it"; empty when it is not in this routine.
         */
        public Optional<String> placement(String id) {
            Optional<Step> step = stepOf(id);
            if (step.isPresent()) {
                List<String> others = step.get().members().stream().filter(e -> !e.id().equals(id))
                        .map(Entry::lowerName).toList();
                String with = others.isEmpty() ? ""
                        : (step.get().alternatives() ? ", or " + Wording.list(others, "or")
                        : ", with " + Wording.list(others, "and"));
                return Optional.of("step " + step.get().number() + " of " + steps.size() + with);
            }
            return branchOf(id).map(b -> b.slot() + ", on the days you use it");
        }

        /**
         * The part of this routine that shows only {@code ids}, steps keeping their numbers; a
         * side step whose step is left out joins the step shown before it.
         */
        public Routine slice(Collection<String> ids) {
            List<Branch> keptBefore = new ArrayList<>(before.stream().filter(b -> ids.contains(b.entry().id())).toList());
            List<Step> kept = new ArrayList<>();
            for (Step step : steps) {
                List<Entry> members = step.members().stream().filter(e -> ids.contains(e.id())).toList();
                List<Branch> branches = step.branches().stream().filter(b -> ids.contains(b.entry().id())).toList();
                if (!members.isEmpty()) {
                    kept.add(new Step(step.number(), members, step.alternatives(), branches));
                } else if (kept.isEmpty()) {
                    keptBefore.addAll(branches);
                } else if (!branches.isEmpty()) {
                    Step last = kept.remove(kept.size() - 1);
                    List<Branch> joined = new ArrayList<>(last.branches());
                    joined.addAll(branches);
                    kept.add(new Step(last.number(), last.members(), last.alternatives(), joined));
                }
            }
            return new Routine(time, name, keptBefore, kept, applied.stream().filter(e -> ids.contains(e.id())).toList());
        }
    }

    /**
     * What a {@code {{routine …}}} embed shows, or empty with a message for each id that is not in
     * the routine it names.
     */
    public Optional<Routine> excerpt(RoutineEmbed embed, Consumer<String> problems) {
        Routine routine = routine(embed.routine().equals("morning") ? TimeOfDay.AM : TimeOfDay.PM);
        List<String> known = routine.applied().stream().map(Entry::id).toList();
        boolean fine = true;
        for (String id : embed.ids()) {
            if (!known.contains(id)) {
                boolean elsewhere = types.stream().anyMatch(t -> t.id().equals(id))
                        || treatments.stream().anyMatch(t -> t.id().equals(id));
                problems.accept("{{routine " + embed.routine() + " …}} names '" + id + "', which "
                        + (elsewhere ? "is not in the " + embed.routine() + " routine"
                        : "is no product type or treatment" + Suggestion.didYouMean(id, known))
                        + "; the " + embed.routine() + " routine has: " + String.join(", ", known));
                fine = false;
            }
        }
        if (!fine) {
            return Optional.empty();
        }
        if (!embed.only().isEmpty()) {
            return Optional.of(routine.slice(embed.only()));
        }
        int first = embed.from().isEmpty() ? 0 : known.indexOf(embed.from());
        int last = embed.to().isEmpty() ? known.size() - 1 : known.indexOf(embed.to());
        if (first > last) {
            problems.accept("{{routine " + embed.routine() + " …}}: from=" + embed.from() + " comes after to="
                    + embed.to() + " in the " + embed.routine() + " routine");
            return Optional.empty();
        }
        return Optional.of(routine.slice(known.subList(first, last + 1)));
    }

    private final Map<TimeOfDay, Routine> routines = new EnumMap<>(TimeOfDay.class);
    private final List<ProductType> types;
    private final List<Treatment> treatments;

    public RoutineModel(List<ProductType> types, List<Treatment> treatments) {
        this.types = List.copyOf(types);
        this.treatments = List.copyOf(treatments);
        for (TimeOfDay time : TimeOfDay.values()) {
            routines.put(time, build(time));
        }
    }

    public Routine routine(TimeOfDay time) {
        return routines.get(time);
    }

    public List<Routine> routines() {
        return List.copyOf(routines.values());
    }

    /**
     * Every type once, in the order of the routine it goes on in (evening first, where most
     * types are; types only in the morning slot in after the evening type before them).
     */
    public List<ProductType> typesInOrder() {
        List<ProductType> ordered = new ArrayList<>();
        for (Entry entry : routine(TimeOfDay.PM).applied()) {
            if (!entry.treatment()) {
                ordered.add(entry.type());
            }
        }
        List<Entry> morning = routine(TimeOfDay.AM).applied();
        for (int i = 0; i < morning.size(); i++) {
            Entry entry = morning.get(i);
            if (entry.treatment() || ordered.contains(entry.type())) {
                continue;
            }
            int at = 0;
            for (int j = i - 1; j >= 0; j--) {
                Entry previous = morning.get(j);
                if (!previous.treatment() && ordered.contains(previous.type())) {
                    at = ordered.indexOf(previous.type()) + 1;
                    break;
                }
            }
            ordered.add(at, entry.type());
        }
        for (ProductType type : types.stream().sorted(Comparator.comparing(ProductType::id)).toList()) {
            if (!ordered.contains(type)) {
                ordered.add(type);
            }
        }
        return ordered;
    }

    /**
     * Where a type goes in each routine it belongs to, "Morning: step 5 of 9 · Evening: step 7 of
     * 11"; a side step at the same place in both, "Morning and evening: after toner, on the days you use it".
     */
    public String placement(String id) {
        Optional<String> morning = routine(TimeOfDay.AM).placement(id);
        Optional<String> evening = routine(TimeOfDay.PM).placement(id);
        if (morning.isPresent() && morning.equals(evening) && routine(TimeOfDay.AM).stepOf(id).isEmpty()) {
            // a side step that slots in at the same place in both routines is said once
            return "Morning and evening: " + morning.get();
        }
        List<String> parts = new ArrayList<>();
        morning.ifPresent(p -> parts.add("Morning: " + p));
        evening.ifPresent(p -> parts.add("Evening: " + p));
        return String.join(" · ", parts);
    }

    private Routine build(TimeOfDay time) {
        Map<String, Placement> placements = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (ProductType type : types) {
            Placement placement = type.placements().get(time);
            if (placement != null) {
                placements.put(type.id(), placement);
                entries.add(new Entry(type.id(), type.name(), SitePaths.type(type.id()), placement.rank(),
                        type.texture(), type.actives(), type, Wording.cadenceMark(type.cadence(), type.optional()),
                        placement.reason(), dispute(type)));
            }
        }
        for (Treatment treatment : treatments) {
            Placement placement = treatment.placements().get(time);
            if (placement != null) {
                placements.put(treatment.id(), placement);
                entries.add(new Entry(treatment.id(), treatment.name(), SitePaths.glossaryTerm(treatment.term()),
                        placement.rank(), 1, 5, null, "treatment", placement.reason(), ""));
            }
        }
        entries.sort(APPLIED);
        Map<Integer, List<Entry>> daily = new TreeMap<>();
        List<Entry> side = new ArrayList<>();
        for (Entry entry : entries) {
            if (onDailyLine(entry, entries, placements)) {
                daily.computeIfAbsent(entry.rank(), r -> new ArrayList<>()).add(entry);
            } else {
                side.add(entry);
            }
        }
        List<List<Entry>> lines = new ArrayList<>(daily.values());
        List<Branch> before = new ArrayList<>();
        List<List<Branch>> branches = new ArrayList<>();
        lines.forEach(l -> branches.add(new ArrayList<>()));
        List<Integer> ranks = new ArrayList<>(daily.keySet());
        for (Entry entry : side) {
            int at = -1;
            for (int i = 0; i < ranks.size() && ranks.get(i) <= entry.rank(); i++) {
                at = i;
            }
            if (at < 0) {
                String first = lines.isEmpty() ? "" : names(lines.get(0), alternatives(lines.get(0), placements));
                before.add(new Branch(entry, first.isEmpty() ? "first" : "before " + first));
            } else {
                String names = names(lines.get(at), alternatives(lines.get(at), placements));
                boolean same = ranks.get(at) == entry.rank();
                branches.get(at).add(new Branch(entry, (same ? "with " : "after ") + names));
            }
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            steps.add(new Step(i + 1, lines.get(i), alternatives(lines.get(i), placements), branches.get(i)));
        }
        return new Routine(time, time == TimeOfDay.AM ? "Morning" : "Evening", before, steps, entries);
    }

    /** Daily types, and side-step types that take the place of a daily type at the same rank ("or"). */
    private static boolean onDailyLine(Entry entry, List<Entry> entries, Map<String, Placement> placements) {
        if (entry.treatment()) {
            return false;
        }
        if (!entry.type().sideStep()) {
            return true;
        }
        return entries.stream().anyMatch(other -> other != entry && !other.treatment() && !other.type().sideStep()
                && other.rank() == entry.rank() && related(entry.id(), other.id(), placements, true));
    }

    private static boolean alternatives(List<Entry> members, Map<String, Placement> placements) {
        for (Entry a : members) {
            for (Entry b : members) {
                if (a != b && related(a.id(), b.id(), placements, true)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether either of two placements names the other as an alternative ({@code or}) or partner ({@code with}). */
    static boolean related(String a, String b, Map<String, Placement> placements, boolean alternative) {
        return names(placements.get(a), b, alternative) || names(placements.get(b), a, alternative);
    }

    private static boolean names(Placement placement, String id, boolean alternative) {
        return placement != null && (alternative ? placement.alternatives() : placement.partners()).contains(id);
    }

    private static String names(List<Entry> members, boolean alternatives) {
        return Wording.list(members.stream().map(Entry::lowerName).toList(), alternatives ? "or" : "and");
    }

    private static String dispute(ProductType type) {
        for (int i = 0; i < type.disputes().size(); i++) {
            if (type.disputes().get(i).about() == Dispute.Aspect.PLACEMENT) {
                return SitePaths.typeDispute(type.id(), i);
            }
        }
        return "";
    }
}
