package org.layerwise.load;

import org.layerwise.markdown.BodyRenderer;
import org.layerwise.model.Base;
import org.layerwise.model.Cadence;
import org.layerwise.model.Dispute;
import org.layerwise.model.Placement;
import org.layerwise.model.Problem;
import org.layerwise.model.ProductType;
import org.layerwise.model.TimeOfDay;
import org.layerwise.model.Suggestion;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code content/types/<id>.yaml} files into {@link ProductType} records. */
public final class ProductTypeLoader {

    static final Set<String> KEYS = Set.of("name", "summary", "aliases", "moved_from", "step", "texture", "actives", "frequency",
            "cadence", "time", "optional", "base", "emulsifiers", "packaging", "amount", "application", "skin_types",
            "purposes", "key_ingredients", "cautions", "description", "disputes", "compare_with", "sources", "reviewed",
            Placements.KEY);
    static final Set<String> SKIN_TYPES = Set.of("all", "dry", "oily", "combination", "normal", "sensitive");
    private static final Set<String> DISPUTE_KEYS = Set.of("topic", "about", "positions");
    private static final Set<String> POSITION_KEYS = Set.of("claim", "sources");

    private final BodyRenderer renderer;
    private final List<Problem> problems;

    /**
     * @param renderer renders the description for the type page
     * @param problems where every problem found is added
     */
    public ProductTypeLoader(BodyRenderer renderer, List<Problem> problems) {
        this.renderer = renderer;
        this.problems = problems;
    }

    /**
     * Reads one type file.
     *
     * @param shownAs the path to show in messages
     * @param text    the file's text
     * @return the type, or empty when the file is not a YAML mapping at all
     */
    public Optional<ProductType> load(Path shownAs, String text) {
        Optional<IdentifiedFile> file = IdentifiedFile.open(shownAs, text, KEYS, "the type's id and its page address", "docs/product-types.md", problems);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        String id = file.get().id();
        YamlDocument document = file.get().document();
        Fields fields = file.get().fields();
        Map<TimeOfDay, Placement> placements = Placements.read(fields, true, renderer.targets().sources());
        int step = placements.values().stream().mapToInt(Placement::rank).min().orElse(0);
        ProductType type = new ProductType(
                id,
                fields.text("name"),
                fields.text("summary"),
                fields.texts("aliases"),
                step,
                fields.integer("texture", 1, 5),
                fields.integer("actives", 1, 5),
                fields.text("frequency"),
                fields.choice("cadence", Cadence.class, Cadence.DAILY),
                placements.keySet(),
                fields.optionalFlag("optional").orElse(false),
                fields.choice("base", Base.class, Base.OTHER),
                fields.optionalFlag("emulsifiers"),
                fields.optionalText("packaging"),
                fields.optionalText("amount"),
                fields.optionalText("application"),
                skinTypes(fields),
                fields.texts("purposes"),
                fields.texts("key_ingredients"),
                fields.texts("cautions"),
                fields.markdown("description", renderer),
                fields.mappings("disputes", DISPUTE_KEYS, this::dispute),
                compareWith(fields),
                SourceFields.required(fields, "sources", renderer.targets().sources()),
                fields.date("reviewed"),
                document.origin(),
                placements,
                movedFrom(fields, id));
        return Optional.of(type);
    }

    /** Former ids: each must have the shape of an id, and differ from this one. */
    private static List<String> movedFrom(Fields fields, String id) {
        List<String> values = fields.texts("moved_from");
        for (int i = 0; i < values.size(); i++) {
            String old = values.get(i);
            if (!Slugs.KEBAB.matcher(old).matches()) {
                fields.reportItem("moved_from", i, "moved_from '" + old + "' must be a former id, "
                        + Slugs.KEBAB_SHAPE + ", as the old file name was");
            } else if (old.equals(id)) {
                fields.reportItem("moved_from", i, "moved_from '" + old + "' is this type's own id");
            }
        }
        return values;
    }

    private static List<String> skinTypes(Fields fields) {
        List<String> values = fields.texts("skin_types");
        for (int i = 0; i < values.size(); i++) {
            if (!SKIN_TYPES.contains(values.get(i))) {
                fields.reportItem("skin_types", i, "skin_types '" + values.get(i) + "' is not one of: "
                        + String.join(", ", SKIN_TYPES.stream().sorted().toList())
                        + Suggestion.didYouMean(values.get(i), SKIN_TYPES));
            }
        }
        return values;
    }

    private static List<List<String>> compareWith(Fields fields) {
        List<List<String>> entries = new ArrayList<>();
        List<Node> items = fields.sequence("compare_with");
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String where = fields.child("compare_with") + "." + i;
            if (item instanceof SequenceNode group) {
                List<String> ids = new ArrayList<>();
                for (int j = 0; j < group.getValue().size(); j++) {
                    fields.document().remember(where + "." + j, group.getValue().get(j));
                    fields.scalarText(group.getValue().get(j), where + "." + j).ifPresent(ids::add);
                }
                if (ids.isEmpty()) {
                    fields.reportItem("compare_with", i, "compare_with entry " + (i + 1) + " is an empty list");
                } else {
                    entries.add(ids);
                }
            } else {
                fields.scalarText(item, where).ifPresent(id -> entries.add(List.of(id)));
            }
        }
        return entries;
    }

    private Dispute dispute(Fields fields) {
        String topic = fields.text("topic");
        Dispute.Aspect about = fields.choice("about", Dispute.Aspect.class, Dispute.Aspect.OTHER);
        List<Dispute.Position> positions = fields.mappings("positions", POSITION_KEYS,
                p -> new Dispute.Position(p.text("claim"),
                        SourceFields.required(p, "sources", renderer.targets().sources())));
        if (!fields.has("positions")) {
            fields.missing("positions");
        } else if (positions.size() < 2) {
            fields.report("positions", "a dispute needs at least two positions, found " + positions.size());
        }
        return new Dispute(topic, about, positions);
    }
}
