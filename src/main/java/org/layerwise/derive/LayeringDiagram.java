package org.layerwise.derive;

import org.layerwise.model.TimeOfDay;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The geometry of one routine's layering diagram, drawn as SVG by the template. The daily line is
 * the spine, a band per numbered step from top to bottom in the order they go on, each band as tall
 * as the product is thick and filled from watery to rich by texture; alternatives ("or") and
 * groups ("and") sit side by side with the word between them. Side steps (weekly, as-needed and
 * treatments) are indented bands joined by a connector below the step they slot in after.
 * The template prints the same routine as an ordered list for readers who cannot see the picture.
 *
 * @param routine   the routine the diagram draws, which the text alternative prints
 * @param highlight     ids of the types to emphasise: the type whose page shows the diagram, or
 *                      those that carry the ingredient whose page does
 * @param highlightNote what the text alternative says after each of them ("this page")
 * @param width   viewBox width
 * @param height  viewBox height
 */
public record LayeringDiagram(RoutineModel.Routine routine, Set<String> highlight, String highlightNote, int width,
                              int height, List<Band> bands, List<Join> joins, List<Connector> connectors, Legend legend) {

    static final int WIDTH = 320;
    static final int MARGIN = 4;
    static final int GAP = 8;
    static final int JOIN_GAP = 26;
    static final int INDENT = 30;
    static final int SPINE_X = MARGIN + 12;
    static final int NOTE_ROOM = 13;
    static final int CUE_RADIUS = 8;
    static final int TEXT_INSET = 9;
    static final int CUE_BASELINE = 4;

    /**
     * One drawn band, a link to the page of what it shows.
     *
     * @param label       "3. Essence" on the daily line, the name alone beside a step or on a side branch
     * @param note        its marks ("optional", "weekly, after toner"), or ""
     * @param side        a side step, drawn indented and dashed
     * @param highlighted the type whose page shows the diagram, or one that carries the ingredient whose page does
     * @param cueX        centre of the "sources disagree" cue, shown only when the entry is contested
     */
    public record Band(RoutineModel.Entry entry, int x, int y, int width, int height, String label, String note,
                       int textY, int noteY, boolean side, boolean highlighted, int cueX, int cueY) {

        /** The fill level, 1 (watery) to 5 (very rich). */
        public int texture() {
            return entry.texture();
        }

        /** Where the label and the note start: inside the band, after a small margin. */
        public int textX() {
            return x + TEXT_INSET;
        }

        /** The baseline of the cue's question mark, so that it sits in the middle of its circle. */
        public int cueTextY() {
            return cueY + CUE_BASELINE;
        }
    }

    /** "or" or "and" between two bands of one step, centred at x, y. */
    public record Join(int x, int y, String word) {
    }

    /** A side branch's line from the spine: SVG path data. */
    public record Connector(String path) {
    }

    /** Which marks the diagram uses, so that its legend explains exactly those. */
    public record Legend(boolean sideSteps, boolean alternatives, boolean groups, boolean optional,
                         boolean treatments, boolean disputed) {
    }

    public LayeringDiagram {
        bands = List.copyOf(bands);
        joins = List.copyOf(joins);
        connectors = List.copyOf(connectors);
    }

    public TimeOfDay time() {
        return routine.time();
    }

    /** True when the entry {@code id} is emphasised. */
    public boolean highlights(String id) {
        return highlight.contains(id);
    }

    /** Lays out {@code routine}; {@code highlight} is the id of the type to emphasise, or "". */
    public static LayeringDiagram of(RoutineModel.Routine routine, String highlight) {
        return of(routine, highlight.isEmpty() ? Set.of() : Set.of(highlight), "this page");
    }

    /**
     * Lays out {@code routine} with several types emphasised, such as those that carry an ingredient.
     *
     * @param highlightNote what the text alternative says after each of them
     */
    public static LayeringDiagram of(RoutineModel.Routine routine, Set<String> highlight, String highlightNote) {
        Layout layout = new Layout(highlight);
        for (RoutineModel.Branch branch : routine.before()) {
            layout.side(branch, true);
        }
        for (RoutineModel.Step step : routine.steps()) {
            layout.step(step);
            for (RoutineModel.Branch branch : step.branches()) {
                layout.side(branch, false);
            }
        }
        int height = Math.max(layout.y - GAP + MARGIN, 2 * MARGIN);
        boolean alternatives = routine.steps().stream().anyMatch(s -> s.members().size() > 1 && s.alternatives());
        boolean groups = routine.steps().stream().anyMatch(s -> s.members().size() > 1 && !s.alternatives());
        boolean optional = routine.steps().stream().flatMap(s -> s.members().stream())
                .anyMatch(e -> e.mark().equals("optional"));
        boolean sides = layout.bands.stream().anyMatch(b -> b.side() && !b.entry().treatment());
        boolean treatments = layout.bands.stream().anyMatch(b -> b.entry().treatment());
        boolean disputed = layout.bands.stream().anyMatch(b -> b.entry().contested());
        return new LayeringDiagram(routine, Set.copyOf(highlight), highlightNote, WIDTH, height, layout.bands, layout.joins,
                layout.connectors,
                new Legend(sides, alternatives, groups, optional, treatments, disputed));
    }

    /** Band height for a texture of 1–5: from 24 to 44 units, thicker products drawn thicker. */
    static int thickness(int texture) {
        return 19 + 5 * texture;
    }

    /** Places bands from the top down. */
    private static final class Layout {
        private final Set<String> highlight;
        private final List<Band> bands = new ArrayList<>();
        private final List<Join> joins = new ArrayList<>();
        private final List<Connector> connectors = new ArrayList<>();
        private int y = MARGIN;

        Layout(Set<String> highlight) {
            this.highlight = highlight;
        }

        void step(RoutineModel.Step step) {
            int count = step.members().size();
            int bandWidth = (WIDTH - 2 * MARGIN - JOIN_GAP * (count - 1)) / count;
            boolean anyNote = step.members().stream().anyMatch(e -> !e.mark().isEmpty());
            int height = step.members().stream().mapToInt(e -> thickness(e.texture())).max().orElse(0)
                    + (anyNote ? NOTE_ROOM : 0);
            for (int i = 0; i < count; i++) {
                RoutineModel.Entry entry = step.members().get(i);
                int x = MARGIN + i * (bandWidth + JOIN_GAP);
                String label = (i == 0 ? step.number() + ". " : "") + entry.name();
                add(entry, x, thickness(entry.texture()) + (anyNote ? NOTE_ROOM : 0), bandWidth, label,
                        entry.mark(), false);
                if (i > 0) {
                    joins.add(new Join(x - JOIN_GAP / 2, y + height / 2 + 4, step.alternatives() ? "or" : "and"));
                }
            }
            y += height + GAP;
        }

        void side(RoutineModel.Branch branch, boolean beforeSpine) {
            RoutineModel.Entry entry = branch.entry();
            int height = thickness(entry.texture()) + NOTE_ROOM;
            int x = MARGIN + INDENT;
            int top = beforeSpine ? y : y - GAP;
            connectors.add(new Connector("M" + SPINE_X + " " + top + "V" + (y + height / 2) + "H" + x));
            String note = (entry.mark().isEmpty() ? "" : entry.mark() + ", ") + branch.slot();
            add(entry, x, height, WIDTH - MARGIN - x, entry.name(), note, true);
            y += height + GAP;
        }

        private void add(RoutineModel.Entry entry, int x, int height, int width, String label, String note,
                         boolean side) {
            int textY = y + 17;
            bands.add(new Band(entry, x, y, width, height, label, note, textY, textY + NOTE_ROOM, side,
                    highlight.contains(entry.id()), x + width - CUE_RADIUS - 5, y + CUE_RADIUS + 4));
        }
    }
}
