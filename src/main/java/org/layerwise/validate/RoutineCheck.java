package org.layerwise.validate;

import org.layerwise.model.Suggestion;
import org.layerwise.derive.RoutineModel;
import org.layerwise.derive.Wording;
import org.layerwise.model.Origin;
import org.layerwise.model.Placement;
import org.layerwise.model.Problem;
import org.layerwise.model.ProductType;
import org.layerwise.model.TimeOfDay;
import org.layerwise.model.Treatment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the placements of types and treatments against each other (docs/product-types.md,
 * "Errors"): alternatives and partners name types of the same routine at the same step; two
 * daily types claim one step only as alternatives or a group; the daily line gets thinner only
 * with a reason readers see; treatment ids and terms fit the site.
 */
final class RoutineCheck {

    /** Where a placement came from, for messages. */
    private record Placed(String id, String name, Placement placement, Origin origin) {
    }

    private RoutineCheck() {
    }

    /** @param leftOutTypes ids of type files left out for their own problems: naming one is no mistake */
    static void check(List<ProductType> types, Set<String> leftOutTypes, List<Treatment> treatments, Set<String> termIds,
                      Set<String> activeIds, List<Problem> problems) {
        Set<String> typeIds = new TreeSet<>();
        types.forEach(t -> typeIds.add(t.id()));
        for (Treatment treatment : treatments) {
            if (typeIds.contains(treatment.id()) || activeIds.contains(treatment.id())) {
                problems.add(treatment.origin().problem("", "treatment id '" + treatment.id() + "' is also the id of a "
                        + (typeIds.contains(treatment.id()) ? "product type" : "routine-rules active")
                        + ": rename the file"));
            }
            if (!treatment.term().isEmpty() && !termIds.contains(treatment.term())) {
                problems.add(treatment.origin().problem("term", "term names unknown glossary term '" + treatment.term()
                        + "'" + Suggestion.didYouMean(treatment.term(), termIds)));
            }
        }
        for (TimeOfDay time : TimeOfDay.values()) {
            Map<String, Placed> placed = new HashMap<>();
            for (ProductType type : types) {
                if (type.placements().containsKey(time)) {
                    placed.put(type.id(), new Placed(type.id(), type.name(), type.placements().get(time), type.origin()));
                }
            }
            for (Treatment treatment : treatments) {
                if (treatment.placements().containsKey(time)) {
                    placed.put(treatment.id(), new Placed(treatment.id(), treatment.name(),
                            treatment.placements().get(time), treatment.origin()));
                }
            }
            String routine = time == TimeOfDay.AM ? "morning" : "evening";
            for (Placed one : placed.values()) {
                checkNames(one, "or", without(one.placement().alternatives(), leftOutTypes), placed, typeIds, routine,
                        problems);
                checkNames(one, "with", without(one.placement().partners(), leftOutTypes), placed, typeIds, routine,
                        problems);
            }
            checkClashes(types, time, placed, routine, problems);
        }
        RoutineModel model = new RoutineModel(types, treatments);
        for (RoutineModel.Routine routine : model.routines()) {
            checkTextures(routine, types, problems);
        }
    }

    /** The ids, with those of {@code leftOut} as empty strings, which are not checked, so that indexes stay. */
    private static List<String> without(List<String> ids, Set<String> leftOut) {
        return ids.stream().map(id -> leftOut.contains(id) ? "" : id).toList();
    }

    private static void checkNames(Placed one, String key, List<String> ids, Map<String, Placed> placed,
                                   Set<String> typeIds, String routine, List<Problem> problems) {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String at = one.placement().at() + "." + key + "." + i;
            if (id.isEmpty()) {
                continue;
            }
            if (id.equals(one.id())) {
                problems.add(one.origin().problem(at, key + " names the type itself ('" + id + "')"));
            } else if (!typeIds.contains(id)) {
                problems.add(one.origin().problem(at, SiteValidator.unknownType(key, id, typeIds)));
            } else if (!placed.containsKey(id)) {
                problems.add(one.origin().problem(at, key + " names '" + id + "', which is not in the " + routine
                        + " routine"));
            } else if (placed.get(id).placement().rank() != one.placement().rank()) {
                problems.add(one.origin().problem(at, key + " names '" + id + "', which takes step "
                        + placed.get(id).placement().rank() + " in the " + routine + " routine, not "
                        + one.placement().rank() + ": " + (key.equals("or") ? "alternatives" : "a group")
                        + " share one step"));
            }
        }
    }

    /** Daily types sharing a step must be marked as alternatives or a group, pair by pair. */
    private static void checkClashes(List<ProductType> types, TimeOfDay time, Map<String, Placed> placed,
                                     String routine, List<Problem> problems) {
        Map<String, Placement> placements = new HashMap<>();
        placed.forEach((id, p) -> placements.put(id, p.placement()));
        List<ProductType> daily = types.stream().filter(t -> t.placements().containsKey(time) && !t.sideStep())
                .sorted(Comparator.comparing(ProductType::id)).toList();
        for (int i = 0; i < daily.size(); i++) {
            for (int j = i + 1; j < daily.size(); j++) {
                ProductType a = daily.get(i);
                ProductType b = daily.get(j);
                int rank = a.placements().get(time).rank();
                if (rank == b.placements().get(time).rank()
                        && !related(a.id(), b.id(), placements)) {
                    Placement at = b.placements().get(time);
                    problems.add(b.origin().problem(stepKey(b.origin(), at), routine + " routine: " + b.name()
                            + " and " + a.name() + " both take step " + rank + "; mark them as alternatives ("
                            + "or: [" + a.id() + "]) or a group (with: [" + a.id() + "]) under routines." + routine
                            + ", or give one of them another step"));
                }
            }
        }
    }

    private static boolean related(String a, String b, Map<String, Placement> placements) {
        return placements.get(a).alternatives().contains(b) || placements.get(b).alternatives().contains(a)
                || placements.get(a).partners().contains(b) || placements.get(b).partners().contains(a);
    }

    /** A daily step thinner than the one before it needs a reason, which readers see. */
    private static void checkTextures(RoutineModel.Routine routine, List<ProductType> types, List<Problem> problems) {
        List<RoutineModel.Step> steps = routine.steps();
        for (int i = 1; i < steps.size(); i++) {
            RoutineModel.Entry thickest = steps.get(i - 1).members().stream()
                    .max(Comparator.comparingInt(RoutineModel.Entry::texture)).orElseThrow();
            for (RoutineModel.Entry entry : steps.get(i).members()) {
                if (entry.texture() < thickest.texture() && entry.reason().isEmpty()) {
                    ProductType type = entry.type();
                    Placement placement = type.placements().get(routine.time());
                    problems.add(type.origin().problem(stepKey(type.origin(), placement), routine.name()
                            .toLowerCase(Locale.ROOT) + " routine: " + type.name() + " (texture "
                            + type.texture() + ", " + Wording.texture(type.texture()) + ") goes on after "
                            + thickest.name() + " (texture " + thickest.texture() + ", "
                            + Wording.texture(thickest.texture()) + ", in "
                            + thickest.type().origin().file().toString().replace('\\', '/')
                            + "), so the daily line gets thinner here; say why"
                            + " in routines." + routine.name().toLowerCase(Locale.ROOT)
                            + ".reason (readers see it), or change its step or texture"));
                }
            }
        }
    }

    /** The key to point at: the placement's own step, else its routine entry, else the file's step. */
    private static String stepKey(Origin origin, Placement placement) {
        List<String> candidates = new ArrayList<>(List.of(placement.at() + ".step", placement.at(), "step"));
        return candidates.stream().filter(origin.locations()::containsKey).findFirst().orElse("step");
    }
}
