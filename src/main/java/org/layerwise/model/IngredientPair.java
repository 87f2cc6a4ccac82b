package org.layerwise.model;

import java.util.List;

/**
 * What is known about using ingredients together, from {@code content/ingredient-pairs.yaml}. One
 * entry may speak for several pairs: every ingredient of {@code first} with every one of
 * {@code second} ("a retinoid with an AHA or BHA").
 *
 * @param first    ingredient ids on one side
 * @param second   ingredient ids on the other side
 * @param title    how the entry is named in lists ("Retinoids with AHA and BHA acids")
 * @param verdict  conflict, caution, fine or myth
 * @param when     when the pair counts as used together in the routine builder
 * @param reason   why, in plain sentences
 * @param advice   what to do ("alternate nights")
 * @param evidence how strong the evidence is, in plain words
 * @param id       the entry's anchor on the pairs page, made from its title
 */
public record IngredientPair(String id, List<String> first, List<String> second, String title, Verdict verdict, When when,
                             String reason, String advice, String evidence, List<Source> sources,
                             Origin origin) {

    /** What to tell a reader who uses both. */
    public enum Verdict {
        /** Keep them apart. */
        CONFLICT("Conflict", "✕", "Keep apart"),
        /** They can go together with care. */
        CAUTION("Caution", "!", "Take care"),
        /** Fine together. */
        FINE("Fine", "✓", "Fine together"),
        /** Said to clash, but fine together. */
        MYTH("Myth", "✓", "Fine together (the clash is a myth)");

        private final String label;
        private final String mark;
        private final String heading;

        Verdict(String label, String mark, String heading) {
            this.label = label;
            this.mark = mark;
            this.heading = heading;
        }

        /** The word shown in the table: "Conflict". */
        public String label() {
            return label;
        }

        /** The mark shown beside the word. */
        public String mark() {
            return mark;
        }

        /** How the routine builder opens the note: "Keep apart". */
        public String heading() {
            return heading;
        }

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** When two ingredients count as used together. */
    public enum When {
        /** Both in the evening routine. */
        SAME_NIGHT,
        /** Both in the morning routine, or both in the evening routine. */
        SAME_ROUTINE
    }

    public IngredientPair {
        first = List.copyOf(first);
        second = List.copyOf(second);
        sources = List.copyOf(sources);
    }

    /** Every pair of ids this entry speaks for, each as [one of first, one of second]. */
    public List<List<String>> pairs() {
        return first.stream().flatMap(a -> second.stream().map(b -> List.of(a, b))).toList();
    }

    /** Whether this entry speaks for the pair of {@code a} and {@code b}, in either order. */
    public boolean covers(String a, String b) {
        return (first.contains(a) && second.contains(b)) || (first.contains(b) && second.contains(a));
    }

    /** Whether {@code id} is on either side. */
    public boolean involves(String id) {
        return first.contains(id) || second.contains(id);
    }
}
