package org.layerwise.load;

import org.layerwise.model.SourcePolicy;
import org.junit.jupiter.api.Test;
import org.layerwise.markdown.LinkTargets;
import org.layerwise.markdown.MarkdownRenderer;
import org.layerwise.model.Placement;
import org.layerwise.model.Problem;
import org.layerwise.model.ProductType;
import org.layerwise.model.Source;
import org.layerwise.model.TimeOfDay;
import org.layerwise.model.Treatment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The routines mapping of type and treatment files, and the one-number form it extends. */
class PlacementsTest {

    private static final String HEAD = """
            name: Facial oil
            summary: An oil.
            texture: 3
            actives: 2
            frequency: Daily
            cadence: daily
            base: oil
            sources:
              - {title: Example, url: "https://example.org/page"}
            """;

    private final List<Problem> problems = new ArrayList<>();
    private final ProductTypeLoader loader = new ProductTypeLoader(new MarkdownRenderer(
            new LinkTargets(Set.of(), Set.of()), Path.of("assets").toAbsolutePath()), problems);

    private ProductType load(String text) {
        return loader.load(Path.of("content/types/facial-oil.yaml"), text).orElseThrow();
    }

    private List<String> problems() {
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void readsARoutinePerTimeOfDayWithItsAlternativesReasonAndSources() {
        ProductType oil = load(HEAD + """
                routines:
                  evening:
                    step: 95
                    or: [sleeping-mask]
                    reason: Oils seal.
                    sources:
                      - {title: Page, url: "https://example.org/oil"}
                """);
        assertEquals(List.of(), problems());
        assertEquals(Set.of(TimeOfDay.PM), oil.time());
        assertEquals(new Placement(95, List.of("sleeping-mask"), List.of(), "Oils seal.",
                List.of(new Source("Page", "https://example.org/oil")), "routines.evening"), oil.placements().get(TimeOfDay.PM));
        assertEquals(95, oil.step());
    }

    @Test
    void takesTheTopLevelStepForRoutinesThatGiveNone() {
        ProductType oil = load(HEAD + "step: 70\nroutines:\n  morning: {}\n  evening: {step: 95}\n");
        assertEquals(List.of(), problems());
        assertEquals(70, oil.placements().get(TimeOfDay.AM).rank());
        assertEquals(95, oil.placements().get(TimeOfDay.PM).rank());
    }

    @Test
    void keepsTheOneNumberFormWorking() {
        ProductType oil = load(HEAD + "step: 45\ntime: [am, pm]\n");
        assertEquals(List.of(), problems());
        assertEquals(Placement.ranked(45, "step"), oil.placements().get(TimeOfDay.AM));
        assertEquals(Placement.ranked(45, "step"), oil.placements().get(TimeOfDay.PM));
    }

    @Test
    void reportsEveryMistakeInThePlacementsAtItsLine() {
        load(HEAD + """
                time: [pm]
                routines:
                  evenin: {step: 95}
                  morning: {or: sleeping-mask}
                """);
        assertEquals(List.of(
                "content/types/facial-oil.yaml:10:7: time is given by the routines the file names under 'routines';"
                        + " remove 'time'",
                "content/types/facial-oil.yaml:12:3: unknown key 'evenin' (did you mean 'evening'?); allowed keys:"
                        + " evening, morning",
                "content/types/facial-oil.yaml:13:12: routines.morning needs a step, here or at the top of the file",
                "content/types/facial-oil.yaml:13:17: or must be a list, e.g. or: [a, b]"),
                problems.stream().sorted(Problem.IN_FILE_ORDER).map(Problem::toString).toList());
    }

    @Test
    void readsATreatmentFileAndRequiresItsRoutines() {
        Treatment retinoid = new TreatmentLoader(problems, SourcePolicy.NO_REFUSED_HOSTS).load(Path.of("content/treatments/retinoid-step.yaml"), """
                name: Retinoid
                summary: Vitamin A.
                term: retinoid
                routines:
                  evening: {step: 30}
                """).orElseThrow();
        assertEquals(List.of(), problems());
        assertEquals(30, retinoid.placements().get(TimeOfDay.PM).rank());
        new TreatmentLoader(problems, SourcePolicy.NO_REFUSED_HOSTS).load(Path.of("content/treatments/x.yaml"), "name: X\nsummary: Y.\nterm: z\n");
        assertEquals(List.of("content/treatments/x.yaml:1:1: missing required key 'routines'"), problems());
    }
}
