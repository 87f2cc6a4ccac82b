package org.layerwise.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the allowed word a mistyped one was probably meant to be. */
public final class Suggestion {

    private Suggestion() {
    }

    /** The closest candidate within two edits (or one for short words), if any. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        int limit = typed.length() <= 4 ? 1 : 2;
        return candidates.stream()
                .filter(c -> distance(typed.toLowerCase(), c.toLowerCase()) <= limit)
                .min(Comparator.comparingInt((String c) -> distance(typed, c)).thenComparing(c -> c));
    }

    /** " (did you mean 'x'?)" or "". */
    public static String didYouMean(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
