package org.layerwise.load;

import org.layerwise.markdown.BodyRenderer;
import org.layerwise.model.GlossaryTerm;
import org.layerwise.model.Problem;
import org.layerwise.model.Suggestion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code content/glossary.yaml}. */
public final class GlossaryLoader {

    private static final Set<String> KEYS = Set.of("id", "term", "definition", "see_also", "types", "sources");

    private final List<Problem> problems;

    public GlossaryLoader(List<Problem> problems) {
        this.problems = problems;
    }

    /** The ids alone, read before anything is rendered so that Markdown may link to any term. */
    public Set<String> ids(Path shownAs, String text) {
        Set<String> ids = new HashSet<>();
        YamlDocument quiet = new YamlDocument(shownAs, 1, true, new ArrayList<>());
        for (Fields entry : YamlList.entries(quiet, text, KEYS, "id: humectant")) {
            entry.optionalText("id").ifPresent(ids::add);
        }
        return ids;
    }

    public List<GlossaryTerm> load(Path shownAs, String text, BodyRenderer renderer) {
        YamlDocument document = new YamlDocument(shownAs, 1, true, problems);
        List<GlossaryTerm> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Fields> entries = YamlList.entries(document, text, KEYS, "id: humectant");
        for (Fields entry : entries) {
            terms.add(new GlossaryTerm(
                    YamlList.id(entry, seen),
                    entry.text("term"),
                    entry.requiredMarkdown("definition", renderer),
                    entry.words("see_also", Slugs.KEBAB, Slugs.KEBAB_SHAPE),
                    entry.texts("types"),
                    SourceFields.required(entry, "sources", renderer.targets().sources()),
                    document.origin()));
        }
        for (int i = 0; i < terms.size(); i++) {
            List<String> seeAlso = terms.get(i).seeAlso();
            for (int j = 0; j < seeAlso.size(); j++) {
                if (!seen.contains(seeAlso.get(j))) {
                    entries.get(i).reportItem("see_also", j, "see_also names unknown term '" + seeAlso.get(j) + "'"
                            + Suggestion.didYouMean(seeAlso.get(j), seen));
                }
            }
        }
        return terms;
    }
}
