package org.layerwise.load;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A data file whose top level is a list of mappings, such as the FAQ and the glossary. */
final class YamlList {

    private YamlList() {
    }

    /** The entries of the list, each as {@link Fields} allowing {@code keys}; empty if not a list. */
    static List<Fields> entries(YamlDocument document, String text, Set<String> keys, String example) {
        Optional<Node> root = document.parse(text);
        if (root.isEmpty()) {
            return List.of();
        }
        if (!(root.get() instanceof SequenceNode list)) {
            document.report(root.get(), "the file must be a list of entries, each starting with '- " + example + "'");
            return List.of();
        }
        List<Fields> entries = new ArrayList<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            entries.add(new Fields(document, list.getValue().get(i), String.valueOf(i), keys));
        }
        return entries;
    }

    /** Reads an entry's id, reporting a malformed or repeated one. */
    static String id(Fields entry, Set<String> seen) {
        String id = entry.text("id");
        if (!id.isEmpty() && !Slugs.KEBAB.matcher(id).matches()) {
            entry.report("id", "id '" + id + "' must be " + Slugs.KEBAB_SHAPE);
        } else if (!id.isEmpty() && !seen.add(id)) {
            entry.report("id", "duplicate id '" + id + "': ids must be unique in the file");
        }
        return id;
    }
}
