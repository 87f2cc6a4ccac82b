package org.layerwise.derive;

import org.layerwise.model.Ingredient;
import org.layerwise.model.IngredientPair;

/** Where ingredient pages and pair reasons live on the site, relative to its root. */
public final class IngredientPages {

    /** The ingredients index. */
    public static final String INDEX = "ingredients/";

    /** The pairs page. */
    public static final String PAIRS = "ingredients/pairs/";

    private IngredientPages() {
    }

    public static String path(Ingredient ingredient) {
        return INDEX + ingredient.id() + "/";
    }

    /** The entry's reason on the pairs page. */
    public static String pairPath(IngredientPair pair) {
        return PAIRS + "#" + pair.id();
    }
}
