package org.layerwise.load;

import org.layerwise.model.Origin;
import org.layerwise.model.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.layerwise.model.TextCharacters;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.OptionalInt;
import java.util.Set;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One YAML text being read: the file it is in, where it starts in that file, and the problems and
 * key locations found so far. Front matter starts below the opening {@code ---}, so its lines are
 * shifted; Markdown files report lines only, data files lines and columns.
 */
final class YamlDocument {

    private final Path file;
    private final int firstLine;
    private final boolean columns;
    private final List<Problem> problems;
    private final Map<String, Origin.Location> locations = new HashMap<>();
    private boolean scaffold;

    /**
     * @param file      the file, as it should appear in messages
     * @param firstLine the 1-based line of the file on which the YAML text starts
     * @param columns   whether messages give columns
     * @param problems  where problems go
     */
    YamlDocument(Path file, int firstLine, boolean columns, List<Problem> problems) {
        this.file = file;
        this.firstLine = firstLine;
        this.columns = columns;
        this.problems = problems;
    }

    /** Whether the text parsed is a scaffold of {@code layerwise new} not yet filled in. */
    boolean scaffold() {
        return scaffold;
    }

    /** Parses the text into a node tree; empty when it is empty or not valid YAML (then reported). */
    Optional<Node> parse(String text) {
        scaffold = Scaffold.madeBy(text);
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        try {
            Optional<Node> root = Optional.ofNullable(new Yaml(options).compose(new StringReader(text)));
            if (root.isPresent() && !checkNodes(root.get())) {
                reportAliases(text, options);
                return Optional.empty();
            }
            root.ifPresent(node -> YamlTags.check(this, node));
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? e.getContext() + ": " : "";
            report(mark, "invalid YAML: " + context + what);
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(new Problem(file, firstLine, 0, "invalid YAML: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Reports every scalar holding a character text may not hold; false when a node has an
     * anchor, so that an alias may repeat it. Aliases are refused: a short file could otherwise
     * make a huge page by repeating a long value many times, and editors do not need them.
     */
    private boolean checkNodes(Node root) {
        boolean anchorFree = true;
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> toVisit = new ArrayDeque<>(List.of(root));
        while (!toVisit.isEmpty()) {
            Node node = toVisit.pop();
            if (!seen.add(node)) {
                continue;
            }
            anchorFree &= node.getAnchor() == null;
            if (node instanceof ScalarNode scalar) {
                OptionalInt refused = TextCharacters.firstRefused(scalar.getValue());
                if (refused.isPresent()) {
                    report(node, "the character " + TextCharacters.name(scalar.getValue().charAt(refused.getAsInt()))
                            + " is not allowed in text (control characters, lone surrogates, U+FFFE and U+FFFF"
                            + " break the feed and pages); remove it");
                }
            } else if (node instanceof SequenceNode sequence) {
                toVisit.addAll(sequence.getValue());
            } else if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    toVisit.add(tuple.getKeyNode());
                    toVisit.add(tuple.getValueNode());
                }
            }
        }
        return anchorFree;
    }

    /** Reports each alias, or each anchor when no alias uses it, at its place. */
    private void reportAliases(String text, LoaderOptions options) {
        boolean aliased = false;
        for (Event event : new Yaml(options).parse(new StringReader(text))) {
            if (event instanceof AliasEvent alias) {
                aliased = true;
                report(alias.getStartMark(), "YAML aliases (*" + alias.getAnchor() + ") are not allowed in content"
                        + " files; write the value out in full");
            }
        }
        if (!aliased) {
            for (Event event : new Yaml(options).parse(new StringReader(text))) {
                if (event instanceof NodeEvent node && node.getAnchor() != null) {
                    report(node.getStartMark(), "YAML anchors (&" + node.getAnchor() + ") are not allowed in content"
                            + " files; remove it");
                }
            }
        }
    }

    List<Problem> problems() {
        return problems;
    }

    Path file() {
        return file;
    }

    void report(Node node, String message) {
        report(node.getStartMark(), message);
    }

    void remember(String keyPath, Node node) {
        Origin.Location location = locationOf(node.getStartMark());
        locations.putIfAbsent(keyPath, location);
    }

    /** The origin of everything read so far, for later stages to point back at. */
    Origin origin() {
        return new Origin(file, locations);
    }

    /** The 1-based line of the file on which a node starts. */
    int lineOf(Node node) {
        return locationOf(node.getStartMark()).line();
    }

    private void report(Mark mark, String message) {
        Origin.Location at = locationOf(mark);
        problems.add(new Problem(file, at.line(), at.column(), message));
    }

    private Origin.Location locationOf(Mark mark) {
        if (mark == null) {
            return new Origin.Location(firstLine, 0);
        }
        return new Origin.Location(firstLine + mark.getLine(), columns ? mark.getColumn() + 1 : 0);
    }
}
