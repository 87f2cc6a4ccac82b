package org.layerwise.derive;

import org.junit.jupiter.api.Test;
import org.layerwise.model.Cadence;
import org.layerwise.model.ProductType;
import org.layerwise.model.TimeOfDay;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.layerwise.derive.TypeExamples.type;

class RoutineOrderTest {

    private static final Set<TimeOfDay> BOTH = Set.of(TimeOfDay.AM, TimeOfDay.PM);

    private final ProductType toner = type("toner", 40, 1, 1, Cadence.DAILY, BOTH);
    private final ProductType serum = type("serum", 60, 3, 4, Cadence.DAILY, BOTH);
    private final ProductType ampoule = type("ampoule", 60, 3, 5, Cadence.WEEKLY, BOTH);
    private final ProductType moisturizer = type("moisturizer", 90, 4, 1, Cadence.DAILY, BOTH);
    private final ProductType sunscreen = type("sunscreen", 110, 3, 3, Cadence.DAILY, Set.of(TimeOfDay.AM));

    @Test
    void placesSerumBeforeMoisturizerWhateverTheFileOrder() {
        RoutineOrder order = new RoutineOrder(List.of(sunscreen, moisturizer, ampoule, serum, toner));
        assertEquals(List.of("toner", "serum", "ampoule", "moisturizer", "sunscreen"),
                order.all().stream().map(ProductType::id).toList());
    }

    @Test
    void groupsTypesThatShareAStepThinnerAndWeakerFirst() {
        List<RoutineOrder.StepGroup> groups = new RoutineOrder(List.of(ampoule, serum, toner)).groups();
        assertEquals(2, groups.size());
        assertEquals(List.of(serum, ampoule), groups.get(1).types());
        assertEquals(2, groups.get(1).number());
    }

    @Test
    void leavesMorningOnlyTypesOutOfTheEveningRoutine() {
        RoutineOrder order = new RoutineOrder(List.of(toner, sunscreen));
        assertEquals(2, order.routine(TimeOfDay.AM).size());
        assertEquals(List.of(toner), order.routine(TimeOfDay.PM).get(0).types());
        assertEquals(1, order.routine(TimeOfDay.PM).size());
    }
}
