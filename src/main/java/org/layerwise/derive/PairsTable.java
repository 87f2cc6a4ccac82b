package org.layerwise.derive;

import org.layerwise.model.Ingredient;
import org.layerwise.model.IngredientPair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The pairs page's table: the ingredients that any pair note names, against each other, each cell
 * saying what the note says (conflict, caution, fine, myth) and linking to its reason. Rows and
 * columns come in the same order: by role, then by name.
 *
 * @param ingredients the rows' and the columns' ingredients, in order
 */
public record PairsTable(List<Ingredient> ingredients, List<Row> rows) {

    /** One ingredient's row. */
    public record Row(Ingredient ingredient, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One cell.
     *
     * @param kind    "conflict", "caution", "fine", "myth", "none" (no note) or "self" (the diagonal)
     * @param label   the word shown: "Conflict", "Myth"…; "" for none and self
     * @param mark    the mark beside the word
     * @param anchor  the id of the note's reason on the page, or ""
     * @param title   the note's title, or ""
     */
    public record Cell(String kind, String label, String mark, String anchor, String title) {

        static final Cell NONE = new Cell("none", "", "", "", "");
        static final Cell SELF = new Cell("self", "", "", "", "");

        static Cell of(IngredientPair pair) {
            return new Cell(pair.verdict().word(), pair.verdict().label(), pair.verdict().mark(), pair.id(),
                    pair.title());
        }

        public boolean linked() {
            return !anchor.isEmpty();
        }
    }

    public PairsTable {
        ingredients = List.copyOf(ingredients);
        rows = List.copyOf(rows);
    }

    /** The table for {@code pairs} among {@code all} the site's ingredients. */
    public static PairsTable of(List<Ingredient> all, List<IngredientPair> pairs) {
        List<Ingredient> named = all.stream()
                .filter(i -> pairs.stream().anyMatch(p -> p.involves(i.id())))
                .sorted(Comparator.comparing(Ingredient::role).thenComparing(IngredientIndex.BY_NAME))
                .toList();
        List<Row> rows = new ArrayList<>();
        for (Ingredient row : named) {
            List<Cell> cells = new ArrayList<>();
            for (Ingredient column : named) {
                if (row.id().equals(column.id())) {
                    cells.add(Cell.SELF);
                } else {
                    cells.add(noteFor(row.id(), column.id(), pairs).map(Cell::of).orElse(Cell.NONE));
                }
            }
            rows.add(new Row(row, cells));
        }
        return new PairsTable(named, rows);
    }

    private static Optional<IngredientPair> noteFor(String a, String b, List<IngredientPair> pairs) {
        return pairs.stream().filter(p -> p.covers(a, b)).findFirst();
    }
}
