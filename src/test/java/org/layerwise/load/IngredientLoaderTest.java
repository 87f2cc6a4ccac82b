package org.layerwise.load;

import org.layerwise.model.SourcePolicy;
import org.junit.jupiter.api.Test;
import org.layerwise.model.Ingredient;
import org.layerwise.model.Problem;
import org.layerwise.model.TimeOfDay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngredientLoaderTest {

    static final String VALID = """
            name: Retinol
            summary: A vitamin A ingredient.
            role: retinoid
            does: Speeds up renewal.
            evidence: moderate
            evidence_note: Smaller trials than tretinoin.
            types: [serum]
            time: [pm]
            sun: sensitising
            sun_note: Wear sunscreen.
            pregnancy: Avoid.
            irritation: moderate
            start: Twice a week.
            sources:
              - title: Example
                url: https://example.org/retinol
            """;

    private final List<Problem> problems = new ArrayList<>();

    private List<String> problemsIn(String file, String yaml) {
        new IngredientLoader(problems, SourcePolicy.NO_REFUSED_HOSTS).load(Path.of("content/ingredients/" + file), yaml);
        return problems.stream().map(Problem::toString).toList();
    }

    private List<String> problemsIn(String yaml) {
        return problemsIn("retinol.yaml", yaml);
    }

    @Test
    void readsEveryFieldWithTheFileNameAsId() {
        Ingredient retinol = new IngredientLoader(problems, SourcePolicy.NO_REFUSED_HOSTS).load(Path.of("content/ingredients/retinol.yaml"), VALID)
                .orElseThrow();
        assertEquals(List.of(), problems);
        assertEquals("retinol", retinol.id());
        assertEquals("Retinol", retinol.shortName());
        assertEquals(Ingredient.Role.RETINOID, retinol.role());
        assertEquals(Ingredient.Evidence.MODERATE, retinol.evidence());
        assertEquals(Set.of(TimeOfDay.PM), retinol.time());
        assertEquals("Evening", retinol.timeLabel());
        assertTrue(retinol.sunSensitising());
        assertEquals(List.of("serum"), retinol.types());
        assertEquals(List.of(), retinol.impliedBy());
        assertEquals(false, retinol.prescription());
    }

    @Test
    void namesTheNearestKeyForATypo() {
        List<String> found = problemsIn(VALID.replace("evidence: moderate", "evidense: moderate"));
        assertTrue(found.contains("content/ingredients/retinol.yaml:5:1: unknown key 'evidense' (did you mean "
                + "'evidence'?); allowed keys: aliases, does, evidence, evidence_note, implied_by, irritation, name, "
                + "pregnancy, prescription, role, short_name, sources, start, summary, sun, sun_note, time, types"),
                found.toString());
    }

    @Test
    void rejectsAValueOutsideEachFixedList() {
        List<String> found = problemsIn(VALID.replace("role: retinoid", "role: retinoids")
                .replace("sun: sensitising", "sun: sensitive").replace("irritation: moderate", "irritation: mild")
                .replace("evidence: moderate", "evidence: good"));
        assertTrue(found.contains("content/ingredients/retinol.yaml:3:7: role 'retinoids' is not one of: retinoid, "
                + "exfoliant, acne, antioxidant, hydrator, barrier, soothing, sun-filter (did you mean 'retinoid'?)"),
                found.toString());
        assertTrue(found.contains("content/ingredients/retinol.yaml:5:11: evidence 'good' is not one of: strong, "
                + "moderate, limited"), found.toString());
        assertTrue(found.contains("content/ingredients/retinol.yaml:9:6: sun 'sensitive' is not one of: sensitising, "
                + "none, protects"), found.toString());
        assertTrue(found.contains("content/ingredients/retinol.yaml:12:13: irritation 'mild' is not one of: low, "
                + "moderate, high"), found.toString());
    }

    @Test
    void requiresTheTimeOfDay() {
        assertEquals(List.of("content/ingredients/retinol.yaml:1:1: missing required key 'time'"),
                problemsIn(VALID.replace("time: [pm]\n", "")));
        problems.clear();
        assertEquals(List.of("content/ingredients/retinol.yaml:8:8: time 'night' is not one of: am, pm"),
                problemsIn(VALID.replace("time: [pm]", "time: [night]")));
    }

    @Test
    void reportsEveryMissingRequiredKeyAtOnce() {
        List<String> found = problemsIn("name: Retinol\n");
        for (String key : List.of("summary", "role", "does", "evidence", "evidence_note", "time", "sun", "sun_note",
                "pregnancy", "irritation", "start", "sources")) {
            assertTrue(found.contains("content/ingredients/retinol.yaml:1:1: missing required key '" + key + "'"),
                    key + " in " + found);
        }
    }

    @Test
    void requiresAtLeastOneSourceWithAWebAddress() {
        assertEquals(List.of("content/ingredients/retinol.yaml:14:10: sources needs at least one source with a title "
                + "and a url"), problemsIn(VALID.substring(0, VALID.indexOf("sources:")) + "sources: []\n"));
        problems.clear();
        assertEquals(List.of("content/ingredients/retinol.yaml:16:10: url 'example.org/retinol' must be an absolute "
                + "http:// or https:// address"), problemsIn(VALID.replace("https://example.org/retinol",
                "example.org/retinol")));
    }

    @Test
    void rejectsATypeIdThatIsNotKebabCase() {
        assertEquals(List.of("content/ingredients/retinol.yaml:7:9: types entry 'Serum' must be lowercase words "
                + "joined by hyphens, like 'sheet-mask'"), problemsIn(VALID.replace("types: [serum]", "types: [Serum]")));
    }

    @Test
    void rejectsAFileNameThatIsNoId() {
        assertTrue(problemsIn("Retinol.yaml", VALID).contains("content/ingredients/Retinol.yaml: file name 'Retinol' "
                + "must be lowercase words joined by hyphens, like 'sheet-mask': it is the ingredient's id and its "
                + "page address"));
    }

    @Test
    void reportsAnEmptyFile() {
        assertEquals(List.of("content/ingredients/retinol.yaml:1: the file is empty; see docs/ingredients.md for the keys"),
                problemsIn(""));
    }
}
