package org.layerwise.derive;

import org.layerwise.model.ProductType;
import org.layerwise.model.TimeOfDay;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The geometry of one routine's layering diagram: a band per type, top to bottom in the order
 * they go on, each band as tall as the product is thick, so thin layers visibly come first. Types
 * that share a step sit side by side. The template draws it as SVG and prints the same order as
 * an ordered list.
 *
 * @param routine "Morning" or "Evening"
 * @param width   viewBox width
 * @param height  viewBox height
 * @param highlightNote what the text alternative says after a highlighted type ("this page")
 */
public record LayeringDiagram(TimeOfDay time, String routine, int width, int height, List<Band> bands,
                              List<Step> steps, String highlightNote) {

    static final int WIDTH = 320;
    static final int MARGIN = 4;
    static final int GAP = 6;
    static final int SIDE_GAP = 6;
    static final int NOTE_ROOM = 14;

    /**
     * One drawn band.
     *
     * @param label       "3. Essence"
     * @param note        what marks it as special ("weekly", "disputed" for a contested placement), or ""
     * @param textY       baseline of the label
     * @param noteY       baseline of the note
     * @param occasional  weekly, as-needed or optional: drawn dashed
     * @param contested   sources disagree on its placement
     * @param highlighted the type whose page shows the diagram, or one that carries the ingredient whose page does
     */
    public record Band(ProductType type, int x, int y, int width, int height, String label, String note, int textY,
                       int noteY, boolean occasional, boolean contested, boolean highlighted) {
    }

    /** One entry of the text alternative: the step number and its types with their notes. */
    public record Step(int number, List<Band> bands) {
        public Step {
            bands = List.copyOf(bands);
        }
    }

    public LayeringDiagram {
        bands = List.copyOf(bands);
        steps = List.copyOf(steps);
    }

    /**
     * Lays out a routine.
     *
     * @param highlight id of the type to emphasise, or "" for none
     */
    public static LayeringDiagram of(RoutineOrder order, TimeOfDay time, String highlight) {
        return of(order, time, highlight.isEmpty() ? Set.of() : Set.of(highlight), "this page");
    }

    /**
     * Lays out a routine with several types emphasised, such as those that carry an ingredient.
     *
     * @param highlight     ids of the types to emphasise
     * @param highlightNote what the text alternative says after each of them
     */
    public static LayeringDiagram of(RoutineOrder order, TimeOfDay time, Set<String> highlight, String highlightNote) {
        List<Band> bands = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        int y = MARGIN;
        int number = 0;
        for (RoutineOrder.StepGroup group : order.routine(time)) {
            number++;
            int count = group.types().size();
            int bandWidth = (WIDTH - 2 * MARGIN - SIDE_GAP * (count - 1)) / count;
            boolean anyNote = group.types().stream().anyMatch(t -> !note(t).isEmpty());
            int height = group.types().stream().mapToInt(t -> thickness(t.texture())).max().orElse(0)
                    + (anyNote ? NOTE_ROOM : 0);
            List<Band> stepBands = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ProductType type = group.types().get(i);
                int x = MARGIN + i * (bandWidth + SIDE_GAP);
                int bandHeight = thickness(type.texture()) + (anyNote ? NOTE_ROOM : 0);
                int textY = y + 17;
                Band band = new Band(type, x, y, bandWidth, bandHeight, number + ". " + type.name(), note(type),
                        textY, textY + NOTE_ROOM, type.occasional(), type.placementContested(),
                        highlight.contains(type.id()));
                stepBands.add(band);
            }
            bands.addAll(stepBands);
            steps.add(new Step(number, stepBands));
            y += height + GAP;
        }
        int height = y - GAP + MARGIN;
        String routine = time == TimeOfDay.AM ? "Morning" : "Evening";
        return new LayeringDiagram(time, routine, WIDTH, Math.max(height, 2 * MARGIN), bands, steps, highlightNote);
    }

    /** Band height for a texture of 1–5: from 24 to 48 units, thicker products drawn thicker. */
    static int thickness(int texture) {
        return 18 + 6 * texture;
    }

    private static String note(ProductType type) {
        List<String> parts = new ArrayList<>();
        String cadence = Wording.cadenceMark(type.cadence(), type.optional());
        if (!cadence.isEmpty()) {
            parts.add(cadence);
        }
        if (type.placementContested()) {
            parts.add("disputed");
        }
        return String.join(", ", parts);
    }
}
