package org.layerwise.derive;

import org.junit.jupiter.api.Test;
import org.layerwise.markdown.RoutineEmbed;
import org.layerwise.model.Cadence;
import org.layerwise.model.Origin;
import org.layerwise.model.Placement;
import org.layerwise.model.ProductType;
import org.layerwise.model.TimeOfDay;
import org.layerwise.model.Treatment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerwise.derive.TypeExamples.alternativeTo;
import static org.layerwise.derive.TypeExamples.type;

/** The routine model: daily lines, side steps, alternatives, treatments and slices. */
class RoutineModelTest {

    private static final Set<TimeOfDay> BOTH = Set.of(TimeOfDay.AM, TimeOfDay.PM);

    private final ProductType cleanser = type("water-cleanser", 20, 3, 1, Cadence.DAILY, BOTH);
    private final ProductType toner = type("toner", 40, 1, 1, Cadence.DAILY, BOTH);
    private final ProductType essence = type("essence", 50, 2, 2, Cadence.DAILY, BOTH);
    private final ProductType mask = type("sheet-mask", 55, 2, 3, Cadence.WEEKLY, BOTH);
    private final ProductType serum = type("serum", 60, 3, 4, Cadence.DAILY, BOTH);
    private final ProductType ampoule = type("ampoule", 60, 4, 5, Cadence.WEEKLY, BOTH);
    private final ProductType cream = type("moisturizer", 90, 4, 1, Cadence.DAILY, BOTH);
    private final ProductType sunscreen = type("sunscreen", 110, 3, 3, Cadence.DAILY, Set.of(TimeOfDay.AM));
    private final ProductType oil = alternativeTo(type("facial-oil", 95, 3, 2, Cadence.DAILY, Set.of(TimeOfDay.PM)),
            TimeOfDay.PM, "sleeping-mask");
    private final ProductType sleeping = type("sleeping-mask", 95, 4, 3, Cadence.WEEKLY, Set.of(TimeOfDay.PM));
    private final Treatment retinoid = new Treatment("retinoid-step", "Retinoid", "Vitamin A.", "retinoid",
            Map.of(TimeOfDay.PM, new Placement(30, List.of(), List.of(), "", List.of(), "routines.evening")),
            Origin.of(Path.of("retinoid-step.yaml")));

    private final RoutineModel model = new RoutineModel(
            List.of(sunscreen, sleeping, oil, cream, ampoule, serum, mask, essence, toner, cleanser), List.of(retinoid));

    private static List<String> line(RoutineModel.Routine routine) {
        return routine.steps().stream().map(s -> s.number() + " " + String.join("|",
                s.members().stream().map(RoutineModel.Entry::id).toList())).toList();
    }

    @Test
    void numbersOnlyDailyTypesInTheDailyLine() {
        assertEquals(List.of("1 water-cleanser", "2 toner", "3 essence", "4 serum", "5 moisturizer", "6 sunscreen"),
                line(model.routine(TimeOfDay.AM)));
        assertEquals("Morning: step 4 of 6 · Evening: step 4 of 6", model.placement("serum"));
    }

    @Test
    void slotsWeeklyTypesInWhereTheyGoWithoutANumber() {
        RoutineModel.Routine morning = model.routine(TimeOfDay.AM);
        assertEquals("after essence", morning.branchOf("sheet-mask").orElseThrow().slot());
        assertEquals("with serum", morning.branchOf("ampoule").orElseThrow().slot());
        assertEquals(Optional.of("after essence, on the days you use it"), morning.placement("sheet-mask"));
        assertEquals("Morning and evening: with serum, on the days you use it", model.placement("ampoule"));
        assertTrue(morning.stepOf("ampoule").isEmpty());
    }

    @Test
    void setsAlternativesAsOneStepEvenWhenOneOfThemIsWeekly() {
        RoutineModel.Routine evening = model.routine(TimeOfDay.PM);
        assertEquals("6 facial-oil|sleeping-mask", line(evening).get(5));
        assertTrue(evening.steps().get(5).alternatives());
        assertEquals(Optional.of("step 6 of 6, or sleeping mask"), evening.placement("facial-oil"));
        assertEquals(Optional.of("step 6 of 6, or facial oil"), evening.placement("sleeping-mask"));
    }

    @Test
    void groupsTypesMarkedWithEachOther() {
        Placement with = new Placement(60, List.of(), List.of("serum"), "", List.of(), "routines.morning");
        ProductType booster = TypeExamples.placed(type("booster", 60, 3, 3, Cadence.DAILY, Set.of(TimeOfDay.AM)),
                TimeOfDay.AM, with);
        RoutineModel.Routine morning = new RoutineModel(List.of(serum, booster, cream), List.of()).routine(TimeOfDay.AM);
        assertEquals(List.of("1 booster|serum", "2 moisturizer"), line(morning));
        assertEquals(Optional.of("step 1 of 2, with serum"), morning.placement("booster"));
    }

    @Test
    void placesTreatmentsAsSideStepsLinkedToTheirGlossaryTerm() {
        RoutineModel.Branch branch = model.routine(TimeOfDay.PM).branchOf("retinoid-step").orElseThrow();
        assertEquals("after water cleanser", branch.slot());
        assertEquals("glossary/#retinoid", branch.entry().path());
        assertEquals("treatment", branch.entry().mark());
        assertTrue(model.routine(TimeOfDay.AM).applied().stream().noneMatch(e -> e.id().equals("retinoid-step")));
    }

    @Test
    void putsASideStepBeforeTheFirstStepWhenItsRankComesFirst() {
        Placement early = new Placement(5, List.of(), List.of(), "", List.of(), "routines.evening");
        Treatment first = new Treatment("first-thing", "First thing", "Early.", "x", Map.of(TimeOfDay.PM, early),
                Origin.of(Path.of("first-thing.yaml")));
        RoutineModel.Routine evening = new RoutineModel(List.of(toner, serum), List.of(first)).routine(TimeOfDay.PM);
        assertEquals("before toner", evening.before().get(0).slot());
    }

    @Test
    void aTypeInTheOneNumberFormLandsWhereItsStepSaysInBothRoutines() {
        ProductType legacy = type("mist", 45, 1, 2, Cadence.DAILY, BOTH);
        List<ProductType> types = new ArrayList<>(List.of(cleanser, toner, essence, serum, cream));
        types.add(legacy);
        RoutineModel withLegacy = new RoutineModel(types, List.of());
        for (TimeOfDay time : TimeOfDay.values()) {
            assertEquals(List.of("1 water-cleanser", "2 toner", "3 mist", "4 essence", "5 serum", "6 moisturizer"),
                    line(withLegacy.routine(time)));
        }
        List<String> order = withLegacy.typesInOrder().stream().map(ProductType::id).toList();
        assertEquals(order.indexOf("toner") + 1, order.indexOf("mist"));
    }

    @Test
    void listsEveryTypeOnceInRoutineOrderMorningOnlyTypesIncluded() {
        assertEquals(List.of("water-cleanser", "toner", "essence", "sheet-mask", "serum", "ampoule", "moisturizer",
                        "sunscreen", "facial-oil", "sleeping-mask"),
                model.typesInOrder().stream().map(ProductType::id).toList());
    }

    @Test
    void slicesARoutineKeepingStepNumbersAndSideSteps() {
        List<String> problems = new ArrayList<>();
        RoutineModel.Routine slice = model.excerpt(new RoutineEmbed("evening", "essence", "moisturizer", List.of(), 1),
                problems::add).orElseThrow();
        assertEquals(List.of(), problems);
        assertEquals(List.of("3 essence", "4 serum", "5 moisturizer"), line(slice));
        assertEquals(List.of("sheet-mask"), slice.steps().get(0).branches().stream().map(b -> b.entry().id()).toList());
        RoutineModel.Routine only = model.excerpt(new RoutineEmbed("morning", "", "", List.of("sunscreen", "toner",
                "ampoule"), 1), problems::add).orElseThrow();
        assertEquals(List.of("2 toner", "6 sunscreen"), line(only));
        assertEquals("ampoule", only.steps().get(0).branches().get(0).entry().id(), "joins the step shown before it");
    }

    @Test
    void refusesEmbedsNamingWhatTheRoutineDoesNotHave() {
        List<String> problems = new ArrayList<>();
        assertTrue(model.excerpt(new RoutineEmbed("evening", "", "", List.of("sunscreen", "tonr"), 3), problems::add)
                .isEmpty());
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).startsWith("{{routine evening …}} names 'sunscreen', which is not in the evening"
                + " routine; the evening routine has: water-cleanser, retinoid-step, toner"), problems.get(0));
        assertTrue(problems.get(1).contains("names 'tonr', which is no product type or treatment (did you mean"
                + " 'toner'?)"), problems.get(1));
        problems.clear();
        assertTrue(model.excerpt(new RoutineEmbed("morning", "moisturizer", "toner", List.of(), 3), problems::add)
                .isEmpty());
        assertEquals(List.of("{{routine morning …}}: from=moisturizer comes after to=toner in the morning routine"),
                problems);
    }
}
