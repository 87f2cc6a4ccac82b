package org.layerwise.validate;

import org.layerwise.model.Suggestion;
import org.layerwise.model.Ingredient;
import org.layerwise.model.IngredientPair;
import org.layerwise.model.Problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks ingredients and pairs against the site: an ingredient's {@code types} and {@code implied_by} must be product
 * types and its id no type's id; each id in a pair's {@code between} must be an ingredient, the
 * two sides must differ, and no pair of ingredients may be spoken for twice (in either order).
 */
final class IngredientCheck {

    private IngredientCheck() {
    }

    /** @param leftOutIngredients ids of ingredient files left out for their own problems: naming one is no mistake */
    static void check(List<Ingredient> ingredients, Set<String> leftOutIngredients, List<IngredientPair> pairs,
                      Set<String> typeIds, List<Problem> problems) {
        for (Ingredient ingredient : ingredients) {
            if (typeIds.contains(ingredient.id())) {
                // the routine builder and search name both by id
                problems.add(ingredient.origin().problem("", "ingredient id '" + ingredient.id()
                        + "' is also a product type id: rename the file"));
            }
            checkTypes(ingredient, "types", ingredient.types(), typeIds, problems);
            checkTypes(ingredient, "implied_by", ingredient.impliedBy(), typeIds, problems);
        }
        Set<String> known = ingredients.stream().map(Ingredient::id).collect(Collectors.toCollection(TreeSet::new));
        Map<Set<String>, IngredientPair> seen = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            IngredientPair pair = pairs.get(i);
            List<List<String>> sides = List.of(pair.first(), pair.second());
            for (int side = 0; side < 2; side++) {
                for (int j = 0; j < sides.get(side).size(); j++) {
                    String id = sides.get(side).get(j);
                    if (!known.contains(id) && !leftOutIngredients.contains(id)) {
                        problems.add(pair.origin().problem(where(pair, i, side, j), "between names unknown ingredient '"
                                + id + "'" + Suggestion.didYouMean(id, known) + "; ingredients: " + String.join(", ", known)));
                    }
                }
            }
            for (List<String> two : pair.pairs()) {
                if (two.get(0).equals(two.get(1))) {
                    problems.add(pair.origin().problem(i + ".between", "between pairs '" + two.get(0)
                            + "' with itself"));
                    continue;
                }
                IngredientPair earlier = seen.putIfAbsent(Set.copyOf(two), pair);
                if (earlier != null) {
                    problems.add(pair.origin().problem(i + ".between", "the pair " + two.get(0) + " and " + two.get(1)
                            + " is already declared in '" + earlier.title() + "': declare each pair once"));
                }
            }
        }
    }

    private static void checkTypes(Ingredient ingredient, String key, List<String> ids, Set<String> typeIds,
                                   List<Problem> problems) {
        for (int j = 0; j < ids.size(); j++) {
            if (!typeIds.contains(ids.get(j))) {
                problems.add(ingredient.origin().problem(key + "." + j, SiteValidator.unknownType(key, ids.get(j), typeIds)));
            }
        }
    }

    /** The key path of one id in {@code between}: a side is a single id or a list of ids. */
    private static String where(IngredientPair pair, int index, int side, int item) {
        String path = index + ".between." + side;
        return pair.origin().locations().containsKey(path + "." + item) ? path + "." + item : path;
    }
}
