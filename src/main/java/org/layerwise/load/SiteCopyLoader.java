package org.layerwise.load;

import org.layerwise.model.Problem;
import org.layerwise.model.SiteCopy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code content/site.yaml}: the home page's choices and the section pages' descriptions. */
public final class SiteCopyLoader {

    private static final Set<String> KEYS = Set.of("home", "descriptions");
    private static final Set<String> HOME_KEYS = Set.of("featured", "articles");
    /** The most articles the home page may list; the articles page lists them all. */
    static final int MAX_HOME_ARTICLES = 20;

    private final List<Problem> problems;

    public SiteCopyLoader(List<Problem> problems) {
        this.problems = problems;
    }

    public SiteCopy load(Path shownAs, String text) {
        YamlDocument document = new YamlDocument(shownAs, 1, true, problems);
        Optional<org.yaml.snakeyaml.nodes.Node> root = document.parse(text);
        if (root.isEmpty()) {
            problems.add(Problem.at(shownAs, 1, "the file is empty: it needs 'home:' and 'descriptions:'"
                    + " (see docs/EDITING.md, \"Site copy\")"));
            return new SiteCopy(Optional.empty(), 0, Map.of(), document.origin());
        }
        Fields fields = new Fields(document, root.get(), "", KEYS);
        Optional<String> featured = Optional.empty();
        int articles = 0;
        Optional<Fields> home = fields.mapping("home", HOME_KEYS);
        if (home.isEmpty()) {
            fields.missing("home");
        } else {
            featured = home.get().optionalText("featured").filter(id -> !id.isBlank());
            articles = home.get().integer("articles", 1, MAX_HOME_ARTICLES);
        }
        Map<String, String> descriptions = new HashMap<>();
        Optional<Fields> section = fields.mapping("descriptions", new HashSet<>(SiteCopy.SECTIONS));
        if (section.isEmpty()) {
            fields.missing("descriptions");
        } else {
            for (String kind : SiteCopy.SECTIONS) {
                descriptions.put(kind, section.get().text(kind));
            }
        }
        return new SiteCopy(featured, articles, descriptions, document.origin());
    }
}
