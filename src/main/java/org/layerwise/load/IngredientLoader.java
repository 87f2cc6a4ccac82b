package org.layerwise.load;

import org.layerwise.model.Ingredient;
import org.layerwise.model.Problem;
import org.layerwise.model.SourcePolicy;
import org.layerwise.model.TimeOfDay;

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
        Optional<IdentifiedFile> file = IdentifiedFile.open(shownAs, text, KEYS, "the ingredient's id and its page address", "docs/ingredients.md", problems);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        String id = file.get().id();
        YamlDocument document = file.get().document();
        Fields fields = file.get().fields();
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
