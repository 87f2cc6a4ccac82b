package org.layerwise.derive;

import org.junit.jupiter.api.Test;
import org.layerwise.model.Cadence;
import org.layerwise.model.ProductType;
import org.layerwise.model.TimeOfDay;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerwise.derive.TypeExamples.alternativeTo;
import static org.layerwise.derive.TypeExamples.type;

class LayeringDiagramTest {

    private static final Set<TimeOfDay> BOTH = Set.of(TimeOfDay.AM, TimeOfDay.PM);

    private final ProductType toner = type("toner", 40, 1, 1, Cadence.DAILY, BOTH);
    private final ProductType serum = type("serum", 60, 3, 4, Cadence.DAILY, BOTH);
    private final ProductType ampoule = type("ampoule", 60, 4, 5, Cadence.WEEKLY, BOTH,
            List.of(TypeExamples.placementDispute()));
    private final ProductType cream = type("moisturizer", 90, 4, 1, Cadence.DAILY, BOTH);
    private final ProductType oil = alternativeTo(type("facial-oil", 95, 4, 2, Cadence.DAILY, Set.of(TimeOfDay.PM)),
            TimeOfDay.PM, "sleeping-mask");
    private final ProductType mask = type("sleeping-mask", 95, 5, 3, Cadence.WEEKLY, Set.of(TimeOfDay.PM));
    private final RoutineModel model = new RoutineModel(List.of(cream, ampoule, serum, toner, oil, mask), List.of());

    @Test
    void drawsTheDailyLineTopToBottomThickerProductsTaller() {
        List<LayeringDiagram.Band> bands = LayeringDiagram.of(model.routine(TimeOfDay.AM), "").bands();
        assertEquals(List.of("1. Toner", "2. Serum", "Ampoule", "3. Moisturizer"),
                bands.stream().map(LayeringDiagram.Band::label).toList());
        assertTrue(bands.get(0).height() < bands.get(3).height());
        for (int i = 1; i < bands.size(); i++) {
            assertTrue(bands.get(i - 1).y() + bands.get(i - 1).height() < bands.get(i).y(), "top to bottom in order");
        }
    }

    @Test
    void drawsSideStepsIndentedOnABranchFromTheSpine() {
        LayeringDiagram diagram = LayeringDiagram.of(model.routine(TimeOfDay.AM), "");
        LayeringDiagram.Band serumBand = diagram.bands().get(1);
        LayeringDiagram.Band ampouleBand = diagram.bands().get(2);
        assertTrue(ampouleBand.side() && !serumBand.side());
        assertTrue(ampouleBand.x() > serumBand.x(), "indented");
        assertEquals("weekly, with serum", ampouleBand.note());
        assertEquals(1, diagram.connectors().size());
        assertTrue(diagram.legend().sideSteps() && diagram.legend().disputed());
        assertFalse(diagram.legend().alternatives());
    }

    @Test
    void setsAlternativesSideBySideWithOrBetweenThem() {
        LayeringDiagram diagram = LayeringDiagram.of(model.routine(TimeOfDay.PM), "facial-oil");
        List<LayeringDiagram.Band> last = diagram.bands().subList(diagram.bands().size() - 2, diagram.bands().size());
        assertEquals(List.of("4. Facial oil", "Sleeping mask"), last.stream().map(LayeringDiagram.Band::label).toList());
        assertEquals(last.get(0).y(), last.get(1).y());
        assertTrue(last.get(0).x() + last.get(0).width() < last.get(1).x());
        assertEquals(1, diagram.joins().size());
        assertEquals("or", diagram.joins().get(0).word());
        int gapMiddle = (last.get(0).x() + last.get(0).width() + last.get(1).x()) / 2;
        assertEquals(gapMiddle, diagram.joins().get(0).x(), 1);
        assertTrue(last.get(0).highlighted());
        assertTrue(diagram.legend().alternatives());
    }

    @Test
    void fitsEveryBandAndCueInsideTheViewBox() {
        for (TimeOfDay time : TimeOfDay.values()) {
            LayeringDiagram diagram = LayeringDiagram.of(model.routine(time), "");
            for (LayeringDiagram.Band band : diagram.bands()) {
                assertTrue(band.y() + band.height() <= diagram.height(), band.label());
                assertTrue(band.x() + band.width() <= diagram.width(), band.label());
                assertTrue(band.cueX() + LayeringDiagram.CUE_RADIUS <= band.x() + band.width(), band.label());
            }
        }
    }

    @Test
    void marksOnlyBandsWithAPlacementDisputeAndLinksToIt() {
        LayeringDiagram diagram = LayeringDiagram.of(model.routine(TimeOfDay.AM), "");
        assertEquals(List.of("ampoule"), diagram.bands().stream().filter(b -> b.entry().contested())
                .map(b -> b.entry().id()).toList());
        assertEquals("types/ampoule/#lw-dispute-0", diagram.bands().get(2).entry().dispute());
        assertEquals("types/serum/", diagram.bands().get(1).entry().path());
    }
}
