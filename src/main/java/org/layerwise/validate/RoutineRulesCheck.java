package org.layerwise.validate;

import org.layerwise.model.Active;
import org.layerwise.model.Origin;
import org.layerwise.model.Problem;
import org.layerwise.model.RoutineRule;
import org.layerwise.model.RoutineRules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks the ids of {@code content/routine-rules.yaml} against the site: an active's {@code types}
 * must be product types, and each id in a rule's {@code between} an active or a product type.
 */
final class RoutineRulesCheck {

    private RoutineRulesCheck() {
    }

    static void check(RoutineRules routine, Set<String> typeIds, List<Problem> problems) {
        Origin origin = routine.origin();
        Set<String> activeIds = routine.actives().stream().map(Active::id).collect(Collectors.toSet());
        for (int i = 0; i < routine.actives().size(); i++) {
            Active active = routine.actives().get(i);
            if (typeIds.contains(active.id())) {
                // a rule naming this id could not tell the active from the product type
                problems.add(origin.problem("actives." + i + ".id", "active id '" + active.id()
                        + "' is also a product type id: give the active another id"));
            }
            for (int j = 0; j < active.types().size(); j++) {
                String id = active.types().get(j);
                if (!typeIds.contains(id)) {
                    problems.add(origin.problem("actives." + i + ".types." + j,
                            SiteValidator.unknownType("types", id, typeIds)));
                }
            }
        }
        Set<String> known = new TreeSet<>(activeIds);
        known.addAll(typeIds);
        for (int i = 0; i < routine.rules().size(); i++) {
            RoutineRule rule = routine.rules().get(i);
            for (int j = 0; j < rule.between().size(); j++) {
                String id = rule.between().get(j);
                if (!known.contains(id)) {
                    problems.add(origin.problem("rules." + i + ".between." + j, "between names unknown active or "
                            + "product type '" + id + "'" + Suggestion.didYouMean(id, known) + "; actives: "
                            + String.join(", ", new TreeSet<>(activeIds)) + "; product types: "
                            + String.join(", ", new TreeSet<>(typeIds))));
                }
            }
        }
    }
}
