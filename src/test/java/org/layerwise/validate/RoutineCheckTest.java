package org.layerwise.validate;

import org.layerwise.model.SourcePolicy;
import org.junit.jupiter.api.Test;
import org.layerwise.load.ProductTypeLoader;
import org.layerwise.load.TreatmentLoader;
import org.layerwise.markdown.LinkTargets;
import org.layerwise.markdown.MarkdownRenderer;
import org.layerwise.model.Problem;
import org.layerwise.model.ProductType;
import org.layerwise.model.Treatment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Placement checks across type and treatment files, each reported at its file, line and column. */
class RoutineCheckTest {

    private static final String TONER = """
            name: Toner
            summary: Thin.
            step: 40
            texture: 1
            actives: 1
            frequency: Daily
            cadence: daily
            time: [am, pm]
            base: water
            sources:
              - {title: Example, url: "https://example.org/page"}
            """;
    private static final String CREAM = TONER.replace("Toner", "Moisturizer").replace("step: 40", "step: 90")
            .replace("texture: 1", "texture: 4");

    private final List<Problem> problems = new ArrayList<>();
    private final ProductTypeLoader types = new ProductTypeLoader(new MarkdownRenderer(
            new LinkTargets(Set.of(), Set.of()), Path.of("assets").toAbsolutePath()), problems);

    private List<String> check(Map<String, String> typeFiles, Map<String, String> treatmentFiles) {
        List<ProductType> loaded = new ArrayList<>();
        typeFiles.forEach((id, text) -> types.load(Path.of("content/types/" + id + ".yaml"), text).ifPresent(loaded::add));
        List<Treatment> treatments = new ArrayList<>();
        treatmentFiles.forEach((id, text) -> new TreatmentLoader(problems, SourcePolicy.NO_REFUSED_HOSTS)
                .load(Path.of("content/treatments/" + id + ".yaml"), text).ifPresent(treatments::add));
        assertEquals(List.of(), problems, "the files themselves are well formed");
        RoutineCheck.check(loaded.stream().sorted(java.util.Comparator.comparing(ProductType::id)).toList(),
                Set.of(), treatments, Set.of("retinoid"), Set.of("retinoid"), problems);
        return problems.stream().sorted(Problem.IN_FILE_ORDER).map(Problem::toString).toList();
    }

    private static String serum(String routines) {
        return TONER.replace("Toner", "Serum").replace("step: 40\n", "").replace("time: [am, pm]\n", routines)
                .replace("texture: 1", "texture: 3");
    }

    @Test
    void acceptsAnOrderThatOnlyGetsThicker() {
        assertEquals(List.of(), check(Map.of("toner", TONER, "moisturizer", CREAM,
                "serum", serum("routines:\n  morning: {step: 60}\n  evening: {step: 60}\n")), Map.of()));
    }

    @Test
    void reportsAnAlternativeThatNamesAnUnknownType() {
        assertEquals(List.of("content/types/serum.yaml:8:28: or names unknown product type 'tonr' (did you mean"
                        + " 'toner'?); known types: moisturizer, serum, toner"),
                check(Map.of("toner", TONER, "moisturizer", CREAM,
                        "serum", serum("routines:\n  morning: {step: 60, or: [tonr]}\n")), Map.of()));
    }

    @Test
    void reportsAnAlternativeAtAnotherStepOrOutsideTheRoutine() {
        assertEquals(List.of(
                        "content/types/serum.yaml:8:28: or names 'toner', which takes step 40 in the morning routine,"
                                + " not 60: alternatives share one step",
                        "content/types/serum.yaml:9:30: with names 'sunscreen', which is not in the evening routine"),
                check(Map.of("toner", TONER, "moisturizer", CREAM,
                        "sunscreen", CREAM.replace("Moisturizer", "Sunscreen").replace("[am, pm]", "[am]")
                                .replace("step: 90", "step: 110"),
                        "serum", serum("routines:\n  morning: {step: 60, or: [toner]}\n"
                                + "  evening: {step: 60, with: [sunscreen]}\n")), Map.of()));
    }

    @Test
    void reportsTwoDailyTypesOnOneStepUnlessMarked() {
        String essence = TONER.replace("Toner", "Essence").replace("step: 40", "step: 90");
        assertEquals(List.of("content/types/moisturizer.yaml:3:1: evening routine: Moisturizer and Essence both take"
                        + " step 90; mark them as alternatives (or: [essence]) or a group (with: [essence]) under"
                        + " routines.evening, or give one of them another step",
                        "content/types/moisturizer.yaml:3:1: morning routine: Moisturizer and Essence both take"
                                + " step 90; mark them as alternatives (or: [essence]) or a group (with: [essence]) under"
                                + " routines.morning, or give one of them another step"),
                check(Map.of("essence", essence, "moisturizer", CREAM), Map.of()));
        problems.clear();
        String marked = CREAM.replace("step: 90\n", "").replace("time: [am, pm]\n",
                "routines:\n  morning: {step: 90, with: [essence]}\n  evening: {step: 90, or: [essence]}\n");
        assertEquals(List.of(), check(Map.of("essence", essence, "moisturizer", marked), Map.of()));
    }

    @Test
    void reportsADailyLineThatGetsThinnerWithoutAReason() {
        String sunscreen = CREAM.replace("Moisturizer", "Sunscreen").replace("step: 90", "step: 110")
                .replace("texture: 4", "texture: 3").replace("[am, pm]", "[am]");
        assertEquals(List.of("content/types/sunscreen.yaml:3:1: morning routine: Sunscreen (texture 3, fluid) goes on"
                        + " after Moisturizer (texture 4, rich, in content/types/moisturizer.yaml), so the daily line"
                        + " gets thinner here; say why in routines.morning.reason (readers see it), or change its step or texture"),
                check(Map.of("moisturizer", CREAM, "sunscreen", sunscreen), Map.of()));
        problems.clear();
        String withReason = sunscreen.replace("step: 110\n", "").replace("time: [am]\n",
                "routines:\n  morning:\n    step: 110\n    reason: Sunscreen goes last, whatever its texture.\n");
        assertEquals(List.of(), check(Map.of("moisturizer", CREAM, "sunscreen", withReason), Map.of()));
    }

    @Test
    void reportsTreatmentIdsThatClashAndTermsThatDoNotExist() {
        String treatment = """
                name: Retinoid
                summary: Vitamin A.
                term: retinol
                routines:
                  evening: {step: 30}
                """;
        assertEquals(List.of("content/treatments/retinoid.yaml:1:1: treatment id 'retinoid' is also the id of a"
                        + " routine-rules active: rename the file",
                        "content/treatments/retinoid.yaml:3:1: term names unknown glossary term 'retinol' (did you"
                                + " mean 'retinoid'?)"),
                check(Map.of("toner", TONER), Map.of("retinoid", treatment)));
    }
}
