package org.layerwise.derive;

import org.junit.jupiter.api.Test;
import org.layerwise.model.Ingredient;
import org.layerwise.model.IngredientPair;
import org.layerwise.model.Origin;
import org.layerwise.model.Source;
import org.layerwise.model.TimeOfDay;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PairsTableTest {

    private static Ingredient ingredient(String id, String name, Ingredient.Role role) {
        return new Ingredient(id, name, name, List.of(), "S.", role, "D.", Ingredient.Evidence.LIMITED, "E.",
                List.of(), List.of(), Set.of(TimeOfDay.PM), Ingredient.Sun.NONE, "N.", "P.",
                Ingredient.Irritation.LOW, "S.", false, List.of(new Source("T", "https://example.org/")),
                Origin.of(Path.of("content/ingredients/" + id + ".yaml")));
    }

    private static IngredientPair pair(String id, List<String> first, List<String> second,
                                       IngredientPair.Verdict verdict) {
        return new IngredientPair(id, first, second, "Title " + id, verdict, IngredientPair.When.SAME_ROUTINE, "R.",
                "A.", "E.", List.of(new Source("T", "https://example.org/")), Origin.of(Path.of("pairs.yaml")));
    }

    private final Ingredient retinol = ingredient("retinol", "Retinol", Ingredient.Role.RETINOID);
    private final Ingredient adapalene = ingredient("adapalene", "Adapalene", Ingredient.Role.RETINOID);
    private final Ingredient glycolic = ingredient("glycolic-acid", "Glycolic acid", Ingredient.Role.EXFOLIANT);
    private final Ingredient vitaminC = ingredient("vitamin-c", "Vitamin C", Ingredient.Role.ANTIOXIDANT);
    private final Ingredient niacinamide = ingredient("niacinamide", "Niacinamide", Ingredient.Role.BARRIER);
    private final Ingredient squalane = ingredient("squalane", "Squalane", Ingredient.Role.BARRIER);

    private final List<IngredientPair> pairs = List.of(
            pair("retinoids-with-acids", List.of("retinol", "adapalene"), List.of("glycolic-acid"),
                    IngredientPair.Verdict.CONFLICT),
            pair("vitamin-c-with-niacinamide", List.of("vitamin-c"), List.of("niacinamide"),
                    IngredientPair.Verdict.MYTH));

    private final PairsTable table = PairsTable.of(List.of(vitaminC, squalane, glycolic, niacinamide, retinol,
            adapalene), pairs);

    @Test
    void listsOnlyIngredientsThatSomeNoteNamesByRoleThenName() {
        assertEquals(List.of("adapalene", "retinol", "glycolic-acid", "vitamin-c", "niacinamide"),
                table.ingredients().stream().map(Ingredient::id).toList());
        assertEquals(table.ingredients(), table.rows().stream().map(PairsTable.Row::ingredient).toList());
    }

    @Test
    void fillsBothHalvesOfTheTableFromOneEntryAndMarksTheDiagonal() {
        List<String> adapaleneRow = table.rows().get(0).cells().stream().map(PairsTable.Cell::kind).toList();
        assertEquals(List.of("self", "none", "conflict", "none", "none"), adapaleneRow);
        List<String> glycolicRow = table.rows().get(2).cells().stream().map(PairsTable.Cell::kind).toList();
        assertEquals(List.of("conflict", "conflict", "self", "none", "none"), glycolicRow);
    }

    @Test
    void givesEachNoteItsWordMarkAndTheAnchorOfItsReason() {
        PairsTable.Cell myth = table.rows().get(4).cells().get(3);
        assertEquals(new PairsTable.Cell("myth", "Myth", "✓", "vitamin-c-with-niacinamide",
                "Title vitamin-c-with-niacinamide"), myth);
        PairsTable.Cell conflict = table.rows().get(1).cells().get(2);
        assertEquals(List.of("Conflict", "✕", "retinoids-with-acids"),
                List.of(conflict.label(), conflict.mark(), conflict.anchor()));
        assertEquals(false, table.rows().get(1).cells().get(0).linked());
    }

    @Test
    void isEmptyWithoutPairs() {
        assertEquals(List.of(), PairsTable.of(List.of(retinol, glycolic), List.of()).rows());
    }
}
