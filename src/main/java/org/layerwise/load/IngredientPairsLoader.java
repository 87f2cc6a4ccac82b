package org.layerwise.load;

import org.layerwise.model.IngredientPair;
import org.layerwise.model.Problem;
import org.layerwise.model.SourcePolicy;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code content/ingredient-pairs.yaml}: what is known about using ingredients together. Ids
 * are checked against the ingredient files, and pairs declared twice are found, by
 * {@link org.layerwise.validate.SiteValidator}; see docs/ingredients.md for the keys.
 */
public final class IngredientPairsLoader {

    static final Set<String> KEYS = Set.of("between", "title", "verdict", "when", "reason", "advice", "evidence",
            "sources");

    private final List<Problem> problems;
    private final SourcePolicy sources;

    /**
     * @param problems where every problem found is added
     * @param sources  which addresses may be cited (no home pages, no refused hosts)
     */
    public IngredientPairsLoader(List<Problem> problems, SourcePolicy sources) {
        this.problems = problems;
        this.sources = sources;
    }

    /** Reads the file; an empty list when it is empty or not a list. */
    public List<IngredientPair> load(Path shownAs, String text) {
        YamlDocument document = new YamlDocument(shownAs, 1, true, problems);
        if (text.isBlank()) {
            problems.add(Problem.at(shownAs, 1, "the file is empty; see docs/ingredients.md for the keys"));
            return List.of();
        }
        List<Fields> entries = YamlList.entries(document, text, KEYS, "between: [retinol, glycolic-acid]");
        List<IngredientPair> pairs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields entry : entries) {
            List<List<String>> sides = between(entry);
            String title = entry.text("title");
            String id = Slugs.of(title);
            if (!title.isEmpty() && !ids.add(id)) {
                entry.report("title", "another pair already has the title '" + title + "': titles must differ");
            }
            pairs.add(new IngredientPair(id, sides.get(0), sides.get(1), title,
                    entry.choice("verdict", IngredientPair.Verdict.class, IngredientPair.Verdict.CAUTION),
                    entry.optionalChoice("when", IngredientPair.When.class).orElse(IngredientPair.When.SAME_ROUTINE),
                    entry.text("reason"), entry.text("advice"), entry.text("evidence"),
                    SourceFields.required(entry, "sources", sources), document.origin()));
        }
        return pairs;
    }

    /** The two sides of {@code between}, each an id or a list of ids. */
    private static List<List<String>> between(Fields entry) {
        List<List<String>> sides = new ArrayList<>(List.of(List.of(), List.of()));
        if (!entry.has("between")) {
            entry.missing("between");
            return sides;
        }
        int before = entry.document().problems().size();
        List<Node> items = entry.sequence("between");
        if (items.size() != 2) {
            if (entry.document().problems().size() == before) {
                entry.report("between", "between must name exactly two sides, like [retinol, glycolic-acid] or "
                        + "[[retinol, adapalene], salicylic-acid], not " + items.size());
            }
            return sides;
        }
        for (int i = 0; i < 2; i++) {
            String where = entry.child("between") + "." + i;
            List<String> ids = new ArrayList<>();
            if (items.get(i) instanceof SequenceNode group) {
                for (int j = 0; j < group.getValue().size(); j++) {
                    Node item = group.getValue().get(j);
                    entry.document().remember(where + "." + j, item);
                    entry.scalarText(item, where + "." + j).ifPresent(id -> addId(entry, item, id, ids));
                }
                if (group.getValue().isEmpty()) {
                    entry.document().report(group, "between side " + (i + 1) + " is an empty list");
                }
            } else {
                Node item = items.get(i);
                entry.scalarText(item, where).ifPresent(id -> addId(entry, item, id, ids));
            }
            sides.set(i, ids);
        }
        return sides;
    }

    private static void addId(Fields entry, Node item, String id, List<String> ids) {
        if (!Slugs.KEBAB.matcher(id).matches()) {
            entry.document().report(item, "between entry '" + id + "' must be " + Slugs.KEBAB_SHAPE);
        } else if (ids.contains(id)) {
            entry.document().report(item, "between lists '" + id + "' twice on one side");
        } else {
            ids.add(id);
        }
    }
}
