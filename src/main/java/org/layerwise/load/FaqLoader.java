package org.layerwise.load;

import org.layerwise.markdown.BodyRenderer;
import org.layerwise.model.FaqEntry;
import org.layerwise.model.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code content/faq.yaml}. */
public final class FaqLoader {

    private static final Set<String> KEYS = Set.of("id", "question", "answer", "more", "types", "sources");

    private final List<Problem> problems;

    public FaqLoader(List<Problem> problems) {
        this.problems = problems;
    }

    public List<FaqEntry> load(Path shownAs, String text, BodyRenderer renderer) {
        YamlDocument document = new YamlDocument(shownAs, 1, true, problems);
        List<FaqEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fields entry : YamlList.entries(document, text, KEYS, "id: which-goes-first")) {
            String id = YamlList.id(entry, seen);
            String question = entry.text("question");
            String more = entry.text("more");
            if (!more.isEmpty() && (!more.startsWith("/") || more.startsWith("//"))) {
                entry.report("more", "more '" + more + "' must be a site path starting with /, like /articles/layering-order/");
            }
            entries.add(new FaqEntry(id, question, entry.requiredMarkdown("answer", renderer), more,
                    entry.texts("types"), SourceFields.required(entry, "sources", renderer.targets().sources()),
                    document.origin()));
        }
        return entries;
    }
}
