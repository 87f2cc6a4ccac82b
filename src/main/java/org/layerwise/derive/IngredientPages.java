package org.layerwise.derive;

import org.layerwise.model.Ingredient;
import org.layerwise.model.SitePaths;

/**
 * The ingredient pages' paths, as the planner names them: kept only for the planner, which moves
 * to {@link SitePaths} with the plan package; every other class asks {@link SitePaths}.
 */
public final class IngredientPages {

    /** The ingredients index. */
    public static final String INDEX = SitePaths.INGREDIENTS;

    /** The pairs page. */
    public static final String PAIRS = SitePaths.INGREDIENT_PAIRS;

    private IngredientPages() {
    }

    public static String path(Ingredient ingredient) {
        return SitePaths.ingredient(ingredient.id());
    }
}
