package org.layerwise.derive;

import org.layerwise.model.ProductType;
import org.layerwise.model.SitePaths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Two or three types side by side, what differs first and what they share after.
 *
 * @param slug      the page's name, member ids in routine order joined by "-vs-"
 * @param title     "Serum vs ampoule"
 * @param phrase    the members as a list inside a sentence: "essence, serum and ampoule"
 * @param members   the types, in routine order
 * @param differing attributes on which the members differ, one cell per member
 * @param shared    attributes on which they agree, with the one shared value
 */
public record FocusedComparison(String slug, String title, String phrase, List<ProductType> members,
                                List<Difference> differing, List<Shared> shared) {

    public record Difference(Attribute attribute, List<Cell> cells) {
        public Difference {
            cells = List.copyOf(cells);
        }
    }

    public record Shared(Attribute attribute, Cell cell) {
    }

    public FocusedComparison {
        members = List.copyOf(members);
        differing = List.copyOf(differing);
        shared = List.copyOf(shared);
    }

    /** The comparison's page. */
    public String path() {
        return SitePaths.comparison(slug);
    }

    /** The title as it reads inside a sentence: "serum vs ampoule". */
    public String titleInSentence() {
        return members.get(0).nameInSentence() + title.substring(members.get(0).name().length());
    }

    /** Compares {@code members} (in any order) within the routines of {@code model}. */
    public static FocusedComparison of(List<ProductType> members, RoutineModel model) {
        List<ProductType> ordered = model.typesInOrder();
        List<ProductType> sorted = members.stream().sorted(java.util.Comparator.comparingInt(ordered::indexOf)).toList();
        List<Difference> differing = new ArrayList<>();
        List<Shared> shared = new ArrayList<>();
        for (Attribute attribute : Arrays.stream(Attribute.values()).toList()) {
            List<Cell> cells = sorted.stream().map(t -> attribute.cell(t, model)).toList();
            boolean same = cells.stream().map(Cell::text).distinct().count() == 1;
            if (same && cells.get(0).text().equals("—")) {
                continue;
            }
            if (same) {
                shared.add(new Shared(attribute, cells.get(0)));
            } else {
                differing.add(new Difference(attribute, cells));
            }
        }
        String slug = sorted.stream().map(ProductType::id).collect(Collectors.joining("-vs-"));
        String title = sorted.get(0).name() + sorted.stream().skip(1)
                .map(t -> " vs " + t.nameInSentence()).collect(Collectors.joining());
        String phrase = Wording.list(sorted.stream().map(ProductType::nameInSentence).toList());
        return new FocusedComparison(slug, title, phrase, sorted, differing, shared);
    }
}
