package org.layerwise.load;

import org.layerwise.model.Origin;
import org.layerwise.model.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.StringReader;
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

    /** Parses the text into a node tree; empty when it is empty or not valid YAML (then reported). */
    Optional<Node> parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        try {
            Optional<Node> root = Optional.ofNullable(new Yaml(options).compose(new StringReader(text)));
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
