package org.layerwise.derive;

import org.layerwise.model.Dispute;
import org.layerwise.model.ProductType;

import java.util.List;
import java.util.stream.Collectors;

/** A property of a product type as comparison tables show it. */
public enum Attribute {
    PLACEMENT("Place in routine"),
    TEXTURE("Texture"),
    ACTIVES("Active ingredients"),
    FREQUENCY("How often"),
    TIME("When"),
    BASE("Base"),
    EMULSIFIERS("Emulsifiers"),
    PACKAGING("Packaging"),
    AMOUNT("Amount"),
    APPLICATION("How to apply"),
    SKIN_TYPES("Skin types"),
    PURPOSES("Used for"),
    KEY_INGREDIENTS("Key ingredients"),
    DISPUTES("Sources disagree on");

    /** The columns of the table of all types, kept narrow enough for a phone. */
    public static final List<Attribute> OVERVIEW = List.of(PLACEMENT, TEXTURE, ACTIVES, FREQUENCY, TIME, BASE);

    private final String label;

    Attribute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The cell for {@code type}, placed within the routines of {@code model}. */
    public Cell cell(ProductType type, RoutineModel model) {
        return switch (this) {
            case PLACEMENT -> new Cell(model.placement(type.id()), 0, type.placementContested());
            case TEXTURE -> new Cell(Wording.capitalized(Wording.texture(type.texture())), type.texture(), false);
            case ACTIVES -> new Cell(Wording.capitalized(Wording.actives(type.actives())), type.actives(), false);
            case FREQUENCY -> new Cell(type.frequency(), 0, contested(type, Dispute.Aspect.FREQUENCY));
            case TIME -> Cell.of(Wording.time(type.time()));
            case BASE -> Cell.of(Wording.base(type.base()));
            case EMULSIFIERS -> Cell.of(type.emulsifiers().map(Wording::yesNo).orElse("—"));
            case PACKAGING -> Cell.of(type.packaging().orElse("—"));
            case AMOUNT -> Cell.of(type.amount().orElse("—"));
            case APPLICATION -> Cell.of(type.application().orElse("—"));
            case SKIN_TYPES -> Cell.of(orDash(type.skinTypes()));
            case PURPOSES -> Cell.of(orDash(type.purposes()));
            case KEY_INGREDIENTS -> Cell.of(orDash(type.keyIngredients()));
            case DISPUTES -> Cell.of(type.disputes().isEmpty() ? "—"
                    : type.disputes().stream().map(Dispute::topic).collect(Collectors.joining("; ")));
        };
    }

    private static boolean contested(ProductType type, Dispute.Aspect aspect) {
        return type.disputes().stream().anyMatch(d -> d.about() == aspect);
    }

    private static String orDash(List<String> values) {
        return values.isEmpty() ? "—" : Wording.capitalized(String.join(", ", values));
    }
}
