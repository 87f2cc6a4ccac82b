package org.layerwise.model;

import java.util.List;
import java.util.Set;

/**
 * One active or supporting ingredient, read from {@code content/ingredients/<id>.yaml}. See
 * docs/ingredients.md for what each field means to editors.
 *
 * @param shortName    a short label for the pairs table's columns; the name when not given
 * @param role         what it mainly does; the ingredients index groups by it
 * @param does         what it does, in plain sentences
 * @param evidence     how strong the evidence is
 * @param evidenceNote the evidence in plain words ("evidence is limited: …")
 * @param types        product type ids it is usually sold in; their pages link back to it
 * @param impliedBy    product type ids that nearly always carry it: the routine builder counts
 *                     ticking one as using the ingredient
 * @param time         the routines it belongs in
 * @param sun          how it changes the skin's sensitivity to the sun
 * @param sunNote      what to do about the sun
 * @param pregnancy    what to know when pregnant or breastfeeding
 * @param irritation   how likely it is to irritate
 * @param start        how to start using it
 * @param prescription whether it needs a prescription in most countries
 */
public record Ingredient(
        String id,
        String name,
        String shortName,
        List<String> aliases,
        String summary,
        Role role,
        String does,
        Evidence evidence,
        String evidenceNote,
        List<String> types,
        List<String> impliedBy,
        Set<TimeOfDay> time,
        Sun sun,
        String sunNote,
        String pregnancy,
        Irritation irritation,
        String start,
        boolean prescription,
        List<Source> sources,
        Origin origin) {

    /** What an ingredient mainly does, in the order the index lists the groups. */
    public enum Role {
        RETINOID("Retinoids"),
        EXFOLIANT("Exfoliating acids"),
        ACNE("Acne treatments"),
        ANTIOXIDANT("Antioxidants and brighteners"),
        HYDRATOR("Hydrators"),
        BARRIER("Barrier support"),
        SOOTHING("Soothing and repair"),
        SUN_FILTER("Sun filters");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How strong the evidence for its main use is. */
    public enum Evidence {
        STRONG("Strong"), MODERATE("Moderate"), LIMITED("Limited");

        private final String label;

        Evidence(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How it changes the skin's sensitivity to the sun. */
    public enum Sun {
        /** Makes skin more sensitive to the sun: sunscreen every morning matters more. */
        SENSITISING,
        /** No known effect on sun sensitivity. */
        NONE,
        /** Filters UV light. */
        PROTECTS
    }

    /** How likely it is to irritate. */
    public enum Irritation {
        LOW, MODERATE, HIGH
    }

    /** The ingredient's page. */
    public String path() {
        return SitePaths.ingredient(id);
    }

    public Ingredient {
        aliases = List.copyOf(aliases);
        types = List.copyOf(types);
        impliedBy = List.copyOf(impliedBy);
        time = Set.copyOf(time);
        sources = List.copyOf(sources);
    }

    public boolean sunSensitising() {
        return sun == Sun.SENSITISING;
    }

    public boolean usedAt(TimeOfDay when) {
        return time.contains(when);
    }

    /** "Morning", "Evening" or "Morning or evening", as pages show it. */
    public String timeLabel() {
        if (time.size() > 1) {
            return "Morning or evening";
        }
        return time.contains(TimeOfDay.AM) ? "Morning" : "Evening";
    }

    /** How pages name its effect on sun sensitivity. */
    public String sunLabel() {
        return switch (sun) {
            case SENSITISING -> "Makes skin more sensitive to the sun";
            case NONE -> "No known effect on sun sensitivity";
            case PROTECTS -> "Filters UV light";
        };
    }

    /** "Low", "Moderate" or "High". */
    public String irritationLabel() {
        String word = irritation.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
