package org.layerwise.load;

import org.layerwise.model.Ingredient;
import org.layerwise.model.Problem;
import org.layerwise.validate.SourcePolicy;
import org.layerwise.model.TimeOfDay;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code content/ingredients/<id>.yaml} files into {@link Ingredient} records. Type ids in
 * {@code types} are checked against the site by {@link org.layerwise.validate.SiteValidator}; see
 * docs/ingredients.md for the keys.
 */
public final class IngredientLoader {

    static final Set<String> KEYS = Set.of("name", "short_name", "aliases", "summary", "role", "does", "evidence", "evidence_note",
            "types", "implied_by", "time", "sun", "sun_note", "pregnancy", "irritation", "start", "prescription", "sources");

    private final List<Problem> problems;
    private final SourcePolicy sources;

    /**
     * @param problems where every problem found is added
     * @param sources  which addresses may be cited (no home pages, no refused hosts)
     */
    public IngredientLoader(List<Problem> problems, SourcePolicy sources) {
        this.problems = problems;
        this.sources = sources;
    }

    /**
     * Reads one ingredient file.
     *
     * @param shownAs the path to show in messages
     * @param text    the file's text
     * @return the ingredient, or empty when the file is not YAML at all
     */
    public Optional<Ingredient> load(Path shownAs, String text) {
        String id = Slugs.baseName(shownAs.getFileName().toString());
        if (!Slugs.KEBAB.matcher(id).matches()) {
            problems.add(Problem.at(shownAs, 0, "file name '" + id + "' must be " + Slugs.KEBAB_SHAPE
                    + ": it is the ingredient's id and its page address"));
        }
        YamlDocument document = new YamlDocument(shownAs, 1, true, problems);
        Optional<Node> root = document.parse(text);
        if (root.isEmpty()) {
            if (text.isBlank()) {
                problems.add(Problem.at(shownAs, 1, "the file is empty; see docs/ingredients.md for the keys"));
            }
            return Optional.empty();
        }
        Fields fields = new Fields(document, root.get(), "", KEYS);
        String name = fields.text("name");
        Ingredient ingredient = new Ingredient(
                id,
                name,
                fields.optionalText("short_name").orElse(name),
                fields.texts("aliases"),
                fields.text("summary"),
                fields.choice("role", Ingredient.Role.class, Ingredient.Role.SOOTHING),
                fields.text("does"),
                fields.choice("evidence", Ingredient.Evidence.class, Ingredient.Evidence.LIMITED),
                fields.text("evidence_note"),
                fields.words("types", Slugs.KEBAB, Slugs.KEBAB_SHAPE),
                fields.words("implied_by", Slugs.KEBAB, Slugs.KEBAB_SHAPE),
                Set.copyOf(times(fields)),
                fields.choice("sun", Ingredient.Sun.class, Ingredient.Sun.NONE),
                fields.text("sun_note"),
                fields.text("pregnancy"),
                fields.choice("irritation", Ingredient.Irritation.class, Ingredient.Irritation.LOW),
                fields.text("start"),
                fields.optionalFlag("prescription").orElse(false),
                SourceFields.required(fields, "sources", sources),
                document.origin());
        return Optional.of(ingredient);
    }

    private static List<TimeOfDay> times(Fields fields) {
        int before = fields.document().problems().size();
        List<TimeOfDay> times = fields.choices("time", TimeOfDay.class);
        if (times.isEmpty() && fields.document().problems().size() == before) {
            if (fields.has("time")) {
                fields.report("time", "time must list am, pm or both, e.g. time: [pm]");
            } else {
                fields.missing("time");
            }
        }
        return times.isEmpty() ? List.of(TimeOfDay.AM, TimeOfDay.PM) : times;
    }
}
