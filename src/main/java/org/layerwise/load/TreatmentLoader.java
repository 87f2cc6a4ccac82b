package org.layerwise.load;

import org.layerwise.model.Problem;
import org.layerwise.model.Treatment;
import org.layerwise.validate.SourcePolicy;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code content/treatments/<id>.yaml}: a treatment step that is an active rather than a
 * product type, with its name, a summary, the glossary term that explains it, and where it goes
 * ({@code routines}, as in type files). See docs/product-types.md.
 */
public final class TreatmentLoader {

    static final Set<String> KEYS = Set.of("name", "summary", "term", "step", Placements.KEY);

    private final List<Problem> problems;
    private final SourcePolicy sources;

    /**
     * @param problems where every problem found is added
     * @param sources  which addresses placements may cite (no home pages, no refused hosts)
     */
    public TreatmentLoader(List<Problem> problems, SourcePolicy sources) {
        this.problems = problems;
        this.sources = sources;
    }

    /** Reads one file; empty when it is not a YAML mapping at all. */
    public Optional<Treatment> load(Path shownAs, String text) {
        String id = Slugs.baseName(shownAs.getFileName().toString());
        if (!Slugs.KEBAB.matcher(id).matches()) {
            problems.add(Problem.at(shownAs, 0, "file name '" + id + "' must be " + Slugs.KEBAB_SHAPE
                    + ": it is the treatment's id"));
        }
        YamlDocument document = new YamlDocument(shownAs, 1, true, problems);
        Optional<Node> root = document.parse(text);
        if (root.isEmpty()) {
            if (text.isBlank()) {
                problems.add(Problem.at(shownAs, 1, "the file is empty; see docs/product-types.md for the keys"));
            }
            return Optional.empty();
        }
        Fields fields = new Fields(document, root.get(), "", KEYS);
        return Optional.of(new Treatment(id, fields.text("name"), fields.text("summary"),
                fields.text("term"),
                Placements.read(fields, false, sources), document.origin()));
    }
}
