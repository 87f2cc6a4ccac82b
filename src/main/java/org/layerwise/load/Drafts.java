package org.layerwise.load;

import org.layerwise.model.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Drafts never block a build: {@code build} leaves them out, problems and all, while {@code serve}
 * and {@code check} load them and fail on their problems, each marked as a draft's. A draft with a
 * problem may not become an {@link org.layerwise.model.Article}, so its front matter is read on its
 * own, leniently, only to see whether it says {@code status: draft}.
 */
public final class Drafts {

    /** What a draft's problem says after its message. */
    public static final String MARK = " (in a draft; does not block build)";

    private Drafts() {
    }

    /** {@code problem}, marked as a draft's. */
    public static Problem marked(Problem problem) {
        return problem.message().endsWith(MARK) ? problem
                : new Problem(problem.file(), problem.line(), problem.column(), problem.message() + MARK);
    }

    /** The problems, those in {@code draftFiles} marked, in place. */
    public static void mark(List<Problem> problems, Set<Path> draftFiles) {
        if (draftFiles.isEmpty()) {
            return;
        }
        problems.replaceAll(problem -> draftFiles.contains(problem.file()) ? marked(problem) : problem);
    }

    /** True when the file's front matter, as far as it parses, has {@code status: draft}. */
    static boolean declaredIn(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return FrontMatter.split(lines).flatMap(parts -> root(parts.yaml()))
                .filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                .map(Drafts::saysDraft).orElse(false);
    }

    private static Optional<Node> root(String yaml) {
        try {
            return Optional.ofNullable(new Yaml(new LoaderOptions()).compose(new StringReader(yaml)));
        } catch (RuntimeException unreadable) {
            return Optional.empty();   // front matter that does not parse says nothing about drafts
        }
    }

    private static boolean saysDraft(MappingNode mapping) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("status")
                    && tuple.getValueNode() instanceof ScalarNode value && value.getValue().equals("draft")) {
                return true;
            }
        }
        return false;
    }
}
