package org.layerwise.load;

import org.layerwise.model.Active;
import org.layerwise.model.Problem;
import org.layerwise.model.RoutineRule;
import org.layerwise.model.RoutineRules;
import org.layerwise.model.TimeOfDay;
import org.layerwise.validate.SourcePolicy;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code content/routine-rules.yaml}: the actives of the routine builder and the rules about
 * pairs of them. Ids in {@code between} and {@code types} are checked against the rest of the site
 * by {@link org.layerwise.validate.SiteValidator}; see docs/routine-rules.md for the keys.
 */
public final class RoutineRulesLoader {

    private static final Set<String> KEYS = Set.of("actives", "rules");
    private static final Set<String> ACTIVE_KEYS = Set.of("id", "name", "types", "time");
    private static final Set<String> RULE_KEYS = Set.of("id", "between", "severity", "when", "message", "sources");
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]|\\]\\(|\\*\\*|`");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]*(?=\\s|$)");

    private final List<Problem> problems;
    private final SourcePolicy sources;

    /**
     * @param problems where every problem found is added
     * @param sources  what a rule's sources may not be
     */
    public RoutineRulesLoader(List<Problem> problems, SourcePolicy sources) {
        this.problems = problems;
        this.sources = sources;
    }

    /**
     * Reads the file.
     *
     * @param shownAs the path to show in messages
     * @param text    the file's text
     * @return what could be read; {@link RoutineRules#NONE} when the file is empty or not YAML
     */
    public RoutineRules load(Path shownAs, String text) {
        YamlDocument document = new YamlDocument(shownAs, 1, true, problems);
        Optional<Node> root = document.parse(text);
        if (root.isEmpty()) {
            if (text.isBlank()) {
                problems.add(Problem.at(shownAs, 1, "the file is empty; see docs/routine-rules.md for the keys"));
            }
            return RoutineRules.NONE;
        }
        if (!(root.get() instanceof MappingNode)) {
            document.report(root.get(), "the file must be a mapping with the keys 'actives' and 'rules'; "
                    + "see docs/routine-rules.md");
            return RoutineRules.NONE;
        }
        Fields fields = new Fields(document, root.get(), "", KEYS);
        Set<String> activeIds = new HashSet<>();
        Set<String> ruleIds = new HashSet<>();
        List<Active> actives = required(fields, "actives", ACTIVE_KEYS, a -> active(a, activeIds));
        List<RoutineRule> rules = required(fields, "rules", RULE_KEYS, r -> rule(r, ruleIds, sources));
        return new RoutineRules(actives, rules, document.origin());
    }

    /** A list of mappings that must be present; {@code key: []} is allowed. */
    private static <T> List<T> required(Fields fields, String key, Set<String> keys, Function<Fields, T> reader) {
        int before = fields.document().problems().size();
        List<T> values = fields.mappings(key, keys, reader);
        if (!fields.has(key) && fields.document().problems().size() == before) {
            fields.missing(key);
        }
        return values;
    }

    private static Active active(Fields fields, Set<String> seen) {
        String id = YamlList.id(fields, seen);
        String name = fields.text("name");
        List<String> types = fields.words("types", Slugs.KEBAB, Slugs.KEBAB_SHAPE);
        Set<TimeOfDay> time = EnumSet.allOf(TimeOfDay.class);
        int before = fields.document().problems().size();
        List<TimeOfDay> chosen = fields.choices("time", TimeOfDay.class);
        if (!chosen.isEmpty()) {
            time = EnumSet.copyOf(chosen);
        } else if (fields.has("time") && fields.document().problems().size() == before) {
            fields.report("time", "time must list am, pm or both, e.g. time: [pm]");
        }
        return new Active(id, name, types, time);
    }

    private static RoutineRule rule(Fields fields, Set<String> seen, SourcePolicy sources) {
        String id = YamlList.id(fields, seen);
        return new RoutineRule(id, between(fields),
                fields.choice("severity", RoutineRule.Severity.class, RoutineRule.Severity.CONFLICT),
                fields.choice("when", RoutineRule.When.class, RoutineRule.When.SAME_ROUTINE),
                message(fields),
                SourceFields.required(fields, "sources", sources));
    }

    private static List<String> between(Fields fields) {
        int before = fields.document().problems().size();
        List<String> ids = fields.words("between", Slugs.KEBAB, Slugs.KEBAB_SHAPE);
        if (fields.document().problems().size() != before) {
            return ids;
        }
        if (!fields.has("between")) {
            fields.missing("between");
        } else if (ids.size() != 2) {
            fields.report("between", "between must name exactly two ids, like [retinoid, aha-bha], not " + ids.size());
        }
        return ids;
    }

    private static String message(Fields fields) {
        String message = fields.text("message");
        if (MARKUP.matcher(message).find()) {
            fields.report("message", "message must be plain text: no HTML, Markdown links, bold or code");
            return message;
        }
        int sentences = 0;
        for (Matcher end = SENTENCE_END.matcher(message); end.find(); ) {
            sentences++;
        }
        if (sentences > 2) {
            fields.report("message", "message must be one or two sentences, not " + sentences
                    + "; longer explanations belong in an article");
        }
        return message;
    }
}
