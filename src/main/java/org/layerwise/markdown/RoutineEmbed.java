package org.layerwise.markdown;

import org.layerwise.model.Suggestion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An editor's request for a routine's order, printed from the routine model:
 * {@code {{routine morning}}}, {@code {{routine evening from=serum to=moisturizer}}} or
 * {@code {{routine morning only=water-cleanser,serum,sunscreen}}}. The ids are checked against
 * the model when the page is planned; here only the form.
 *
 * @param routine "morning" or "evening"
 * @param from    the first id to show, or ""
 * @param to      the last id to show, or ""
 * @param only    the ids to show, in any order, or none for all
 * @param line    the line of the embed in its file
 */
public record RoutineEmbed(String routine, String from, String to, List<String> only, int line) {

    public static final String NAME = "routine";
    private static final Set<String> ROUTINES = Set.of("morning", "evening");
    private static final Set<String> OPTIONS = Set.of("from", "to", "only");

    public RoutineEmbed {
        only = List.copyOf(only);
    }

    /**
     * Reads the words after {@code routine} ("evening from=serum to=moisturizer"), reporting each
     * thing wrong with them to {@code problems}; empty when any was.
     */
    public static Optional<RoutineEmbed> parse(String arguments, int line, Consumer<String> problems) {
        List<String> words = Arrays.stream(arguments.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty() || !ROUTINES.contains(words.get(0))) {
            problems.accept("{{routine}} needs morning or evening first, e.g. {{routine morning}} or"
                    + " {{routine evening from=serum to=moisturizer}}"
                    + (words.isEmpty() ? "" : "; found '" + words.get(0) + "'" + Suggestion.didYouMean(words.get(0), ROUTINES)));
            return Optional.empty();
        }
        String from = "";
        String to = "";
        List<String> only = new ArrayList<>();
        boolean fine = true;
        for (String word : words.subList(1, words.size())) {
            int equals = word.indexOf('=');
            String key = equals < 0 ? word : word.substring(0, equals);
            String value = equals < 0 ? "" : word.substring(equals + 1);
            if (!OPTIONS.contains(key)) {
                problems.accept("unknown option '" + key + "' in {{routine " + words.get(0) + " …}}"
                        + Suggestion.didYouMean(key, OPTIONS) + "; options: from=ID, to=ID, only=ID,ID,…");
                fine = false;
            } else if (value.isEmpty()) {
                problems.accept("option '" + key + "' in {{routine " + words.get(0) + " …}} needs ids, e.g. " + key
                        + "=serum");
                fine = false;
            } else if (key.equals("from")) {
                from = value;
            } else if (key.equals("to")) {
                to = value;
            } else {
                only.addAll(Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
            }
        }
        if (fine && !only.isEmpty() && (!from.isEmpty() || !to.isEmpty())) {
            problems.accept("{{routine " + words.get(0) + " …}} takes either only= or from=/to=, not both");
            fine = false;
        }
        return fine ? Optional.of(new RoutineEmbed(words.get(0), from, to, only, line)) : Optional.empty();
    }

    /** The text of the page's embed marker: "routine evening from=serum to= only= @12". */
    public String marker() {
        return NAME + " " + routine + " from=" + from + " to=" + to + " only=" + String.join(",", only) + " @" + line;
    }

    /** Reads {@link #marker()} back. */
    public static RoutineEmbed ofMarker(String marker) {
        String[] words = marker.split(" ");
        return new RoutineEmbed(words[1], words[2].substring(5), words[3].substring(3),
                words[4].length() > 5 ? List.of(words[4].substring(5).split(",")) : List.of(),
                Integer.parseInt(words[5].substring(1)));
    }

    /** Every id the embed names, in the order written. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        if (!from.isEmpty()) {
            ids.add(from);
        }
        if (!to.isEmpty()) {
            ids.add(to);
        }
        ids.addAll(only);
        return ids;
    }
}
