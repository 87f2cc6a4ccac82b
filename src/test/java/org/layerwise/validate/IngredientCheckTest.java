package org.layerwise.validate;

import org.layerwise.model.SourcePolicy;
import org.junit.jupiter.api.Test;
import org.layerwise.load.IngredientLoader;
import org.layerwise.load.IngredientPairsLoader;
import org.layerwise.model.Ingredient;
import org.layerwise.model.IngredientPair;
import org.layerwise.model.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngredientCheckTest {

    private static final String INGREDIENT = """
            name: %s
            summary: S.
            role: exfoliant
            does: D.
            evidence: limited
            evidence_note: E.
            types: [%s]
            time: [pm]
            sun: none
            sun_note: N.
            pregnancy: P.
            irritation: low
            start: S.
            sources:
              - title: T
                url: https://example.org/x
            """;

    private static final String PAIR = """
            - between: %s
              title: %s
              verdict: conflict
              reason: R.
              advice: A.
              evidence: E.
              sources:
                - title: T
                  url: https://example.org/p
            """;

    private final List<Problem> problems = new ArrayList<>();

    private Ingredient ingredient(String id, String types) {
        return new IngredientLoader(problems, SourcePolicy.NO_REFUSED_HOSTS).load(Path.of("content/ingredients/" + id + ".yaml"),
                INGREDIENT.formatted(id, types)).orElseThrow();
    }

    private List<String> check(List<Ingredient> ingredients, String pairs) {
        List<IngredientPair> loaded = new IngredientPairsLoader(problems, SourcePolicy.NO_REFUSED_HOSTS).load(Path.of("content/ingredient-pairs.yaml"),
                pairs);
        assertEquals(List.of(), problems, "the inputs themselves are valid");
        IngredientCheck.check(ingredients, Set.of(), loaded, Set.of("serum", "toner"), problems);
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void acceptsPairsOfKnownIngredients() {
        assertEquals(List.of(), check(List.of(ingredient("retinol", "serum"), ingredient("glycolic-acid", "toner")),
                PAIR.formatted("[retinol, glycolic-acid]", "One")));
    }

    @Test
    void reportsAnUnknownIngredientWithASuggestion() {
        assertEquals(List.of("content/ingredient-pairs.yaml:1:22: between names unknown ingredient 'glycolic-aci' (did you "
                        + "mean 'glycolic-acid'?); ingredients: glycolic-acid, retinol"),
                check(List.of(ingredient("retinol", "serum"), ingredient("glycolic-acid", "toner")),
                        PAIR.formatted("[retinol, glycolic-aci]", "One")));
    }

    @Test
    void reportsAnUnknownIdInsideAListSide() {
        assertEquals(List.of("content/ingredient-pairs.yaml:1:23: between names unknown ingredient 'retinal' (did you mean "
                        + "'retinol'?); ingredients: glycolic-acid, retinol"),
                check(List.of(ingredient("retinol", "serum"), ingredient("glycolic-acid", "toner")),
                        PAIR.formatted("[[retinol, retinal], glycolic-acid]", "One")));
    }

    @Test
    void reportsAPairDeclaredTwiceInEitherOrder() {
        assertEquals(List.of("content/ingredient-pairs.yaml:10:3: the pair glycolic-acid and retinol is already "
                        + "declared in 'One': declare each pair once"),
                check(List.of(ingredient("retinol", "serum"), ingredient("glycolic-acid", "toner")),
                        PAIR.formatted("[retinol, glycolic-acid]", "One")
                                + PAIR.formatted("[glycolic-acid, [retinol]]", "Two")));
    }

    @Test
    void reportsAnIngredientPairedWithItself() {
        assertEquals(List.of("content/ingredient-pairs.yaml:1:3: between pairs 'retinol' with itself"),
                check(List.of(ingredient("retinol", "serum")), PAIR.formatted("[retinol, retinol]", "One")));
    }

    @Test
    void reportsAnUnknownProductTypeAndAnIdTakenByAType() {
        List<String> found = check(List.of(ingredient("retinol", "serun"), ingredient("toner", "toner")), "[]");
        assertTrue(found.contains("content/ingredients/retinol.yaml:7:9: types names unknown product type 'serun' "
                + "(did you mean 'serum'?); known types: serum, toner"), found.toString());
        assertTrue(found.contains("content/ingredients/toner.yaml:1:1: ingredient id 'toner' is also a product type id: "
                + "rename the file"), found.toString());
    }
}
