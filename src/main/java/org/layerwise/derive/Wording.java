package org.layerwise.derive;

import org.layerwise.model.Base;
import org.layerwise.model.Cadence;
import org.layerwise.model.TimeOfDay;

import java.util.List;
import java.util.Set;

/** How the numbers and codes of the data read on a page. */
public final class Wording {

    private static final List<String> TEXTURES = List.of("watery", "light", "fluid", "rich", "very rich");
    private static final List<String> ACTIVES = List.of("low", "low to medium", "medium", "high", "highest");

    private Wording() {
    }

    public static String texture(int level) {
        return TEXTURES.get(level - 1);
    }

    public static String actives(int level) {
        return ACTIVES.get(level - 1);
    }

    public static String time(Set<TimeOfDay> time) {
        if (time.size() == 2) {
            return "Morning and evening";
        }
        return time.contains(TimeOfDay.AM) ? "Morning" : "Evening";
    }

    public static String base(Base base) {
        return switch (base) {
            case WATER -> "Water-based";
            case OIL -> "Oil-based";
            case EMULSION -> "Emulsion (oil in water)";
            case OTHER -> "Other";
        };
    }

    /** The short mark shown on the diagram next to anything that is not a daily step. */
    public static String cadenceMark(Cadence cadence, boolean optional) {
        return switch (cadence) {
            case WEEKLY -> "weekly";
            case AS_NEEDED -> "as needed";
            case DAILY -> optional ? "optional" : "";
        };
    }

    /** "serum", "serum and ampoule", "essence, serum and ampoule". */
    public static String list(List<String> words) {
        return list(words, "and");
    }

    /** "serum", "facial oil or sleeping mask", "a, b or c" with {@code conjunction} "or". */
    public static String list(List<String> words, String conjunction) {
        if (words.size() <= 1) {
            return words.isEmpty() ? "" : words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + conjunction + " "
                + words.get(words.size() - 1);
    }

    public static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    public static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
