package org.layerwise.derive;

import org.junit.jupiter.api.Test;
import org.layerwise.model.Cadence;
import org.layerwise.model.ProductType;
import org.layerwise.model.TimeOfDay;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerwise.derive.TypeExamples.type;

class LayeringDiagramTest {

    private static final Set<TimeOfDay> BOTH = Set.of(TimeOfDay.AM, TimeOfDay.PM);

    private final ProductType toner = type("toner", 40, 1, 1, Cadence.DAILY, BOTH);
    private final ProductType serum = type("serum", 60, 3, 4, Cadence.DAILY, BOTH);
    private final ProductType ampoule = type("ampoule", 60, 3, 5, Cadence.WEEKLY, BOTH,
            List.of(TypeExamples.placementDispute()));
    private final ProductType cream = type("moisturizer", 90, 4, 1, Cadence.DAILY, BOTH);
    private final RoutineOrder order = new RoutineOrder(List.of(cream, ampoule, serum, toner));

    @Test
    void drawsThickerProductsAsTallerBandsInTheOrderTheyGoOn() {
        List<LayeringDiagram.Band> bands = LayeringDiagram.of(order, TimeOfDay.AM, "").bands();
        assertEquals(List.of("1. Toner", "2. Serum", "2. Ampoule", "3. Moisturizer"),
                bands.stream().map(LayeringDiagram.Band::label).toList());
        LayeringDiagram.Band thin = bands.get(0);
        LayeringDiagram.Band thick = bands.get(3);
        assertTrue(thin.height() < thick.height());
        assertTrue(thin.y() < bands.get(1).y() && bands.get(1).y() < thick.y(), "top to bottom in order");
    }

    @Test
    void setsTypesOfOneStepSideBySideWithinTheWidth() {
        List<LayeringDiagram.Band> bands = LayeringDiagram.of(order, TimeOfDay.AM, "").bands();
        LayeringDiagram.Band serumBand = bands.get(1);
        LayeringDiagram.Band ampouleBand = bands.get(2);
        assertEquals(serumBand.y(), ampouleBand.y());
        assertTrue(serumBand.x() + serumBand.width() < ampouleBand.x());
        assertTrue(ampouleBand.x() + ampouleBand.width() <= LayeringDiagram.WIDTH);
    }

    @Test
    void marksWeeklyAndDisputedStepsAndTheHighlightedType() {
        LayeringDiagram diagram = LayeringDiagram.of(order, TimeOfDay.PM, "serum");
        LayeringDiagram.Band ampouleBand = diagram.bands().get(2);
        assertTrue(ampouleBand.occasional() && ampouleBand.contested());
        assertEquals("weekly, disputed", ampouleBand.note());
        assertTrue(diagram.bands().get(1).highlighted());
        assertEquals(3, diagram.steps().size());
    }

    @Test
    void fitsEveryBandInsideTheViewBox() {
        LayeringDiagram diagram = LayeringDiagram.of(order, TimeOfDay.AM, "");
        for (LayeringDiagram.Band band : diagram.bands()) {
            assertTrue(band.y() + band.height() <= diagram.height(), band.label());
        }
    }
}
