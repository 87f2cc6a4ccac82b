package org.layerwise.load;

import org.layerwise.model.Problem;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The opening every data file that is one record shares (a type, an ingredient, a treatment): its
 * id, the file name, which must be lowercase words joined by hyphens, and its top-level fields.
 *
 * @param id       the file name without its extension
 * @param document the parsed file, for its origin and for reporting
 * @param fields   the top-level mapping, allowed to hold only the keys it was opened with
 */
record IdentifiedFile(String id, YamlDocument document, Fields fields) {

    /**
     * Reads {@code text}; reports a file name that is no id, and an empty file.
     *
     * @param idIs   what the id is used for, for the message: "the type's id and its page address"
     * @param guide  the document that lists the keys, for the message about an empty file
     * @return empty when the file is not a YAML mapping at all
     */
    static Optional<IdentifiedFile> open(Path shownAs, String text, Set<String> keys, String idIs, String guide,
                                         List<Problem> problems) {
        String id = Slugs.baseName(shownAs.getFileName().toString());
        if (!Slugs.KEBAB.matcher(id).matches()) {
            problems.add(Problem.at(shownAs, 0, "file name '" + id + "' must be " + Slugs.KEBAB_SHAPE + ": it is " + idIs));
        }
        YamlDocument document = new YamlDocument(shownAs, 1, true, problems);
        Optional<Node> root = document.parse(text);
        if (root.isEmpty()) {
            if (text.isBlank()) {
                problems.add(Problem.at(shownAs, 1, "the file is empty; see " + guide + " for the keys"));
            }
            return Optional.empty();
        }
        return Optional.of(new IdentifiedFile(id, document, new Fields(document, root.get(), "", keys)));
    }
}
