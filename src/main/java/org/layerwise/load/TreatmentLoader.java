package org.layerwise.load;

import org.layerwise.model.Problem;
import org.layerwise.model.Treatment;
import org.layerwise.model.SourcePolicy;

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
        Optional<IdentifiedFile> file = IdentifiedFile.open(shownAs, text, KEYS, "the treatment's id", "docs/product-types.md", problems);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        String id = file.get().id();
        YamlDocument document = file.get().document();
        Fields fields = file.get().fields();
        return Optional.of(new Treatment(id, fields.text("name"), fields.text("summary"),
                fields.text("term"),
                Placements.read(fields, false, sources), document.origin()));
    }
}
