package org.layerwise.load;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Reports YAML tags other than the standard ones ({@code !custom}, {@code !!binary},
 * {@code !!python/object}): Layerwise files use none, and a value with an unknown tag would
 * otherwise be read as plain text without a word. {@code !!str} stays allowed, to make text of a
 * value YAML would read as a number.
 */
final class YamlTags {

    private static final Set<Tag> STANDARD = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP,
            Tag.SEQ, Tag.MAP, Tag.MERGE);

    private YamlTags() {
    }

    /** Reports every node under {@code root} with a tag that is not standard, at the node. */
    static void check(YamlDocument document, Node root) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (!seen.add(node)) {
                continue;   // an alias of a node already checked
            }
            if (!STANDARD.contains(node.getTag())) {
                document.report(node, "unknown YAML tag '" + shown(node.getTag()) + "': Layerwise files use no tags; "
                        + "remove it (to keep a value as text, put it in quotes)");
            }
            if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    todo.push(tuple.getValueNode());
                    todo.push(tuple.getKeyNode());
                }
            } else if (node instanceof SequenceNode sequence) {
                sequence.getValue().forEach(todo::push);
            }
        }
    }

    private static String shown(Tag tag) {
        return tag.getValue().startsWith(Tag.PREFIX) ? "!!" + tag.getValue().substring(Tag.PREFIX.length()) : tag.getValue();
    }
}
