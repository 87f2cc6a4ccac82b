package org.layerwise.derive;

import org.layerwise.model.ProductType;

import java.util.List;

/**
 * The table of every type against the overview attributes, one row per type in routine order.
 */
public record ComparisonTable(List<Attribute> columns, List<Row> rows) {

    /** A product type and its cells, in column order. */
    public record Row(ProductType type, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public ComparisonTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public static ComparisonTable of(RoutineModel model) {
        List<Row> rows = model.typesInOrder().stream()
                .map(type -> new Row(type, Attribute.OVERVIEW.stream().map(a -> a.cell(type, model)).toList()))
                .toList();
        return new ComparisonTable(Attribute.OVERVIEW, rows);
    }
}
