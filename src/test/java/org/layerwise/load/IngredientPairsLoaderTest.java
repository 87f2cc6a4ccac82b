package org.layerwise.load;

import org.layerwise.model.SourcePolicy;
import org.junit.jupiter.api.Test;
import org.layerwise.model.IngredientPair;
import org.layerwise.model.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngredientPairsLoaderTest {

    static final String VALID = """
            - between: [[retinol, adapalene], glycolic-acid]
              title: Retinoids with glycolic acid
              verdict: conflict
              when: same-night
              reason: Both irritate.
              advice: Alternate nights.
              evidence: Labels.
              sources:
                - title: Example
                  url: https://example.org/pairs
            """;

    private final List<Problem> problems = new ArrayList<>();

    private List<IngredientPair> load(String yaml) {
        return new IngredientPairsLoader(problems, SourcePolicy.NO_REFUSED_HOSTS).load(Path.of("content/ingredient-pairs.yaml"), yaml);
    }

    private List<String> problemsIn(String yaml) {
        load(yaml);
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void readsASideAsOneIdOrAListOfIds() {
        IngredientPair pair = load(VALID).get(0);
        assertEquals(List.of(), problems);
        assertEquals(List.of("retinol", "adapalene"), pair.first());
        assertEquals(List.of("glycolic-acid"), pair.second());
        assertEquals(List.of(List.of("retinol", "glycolic-acid"), List.of("adapalene", "glycolic-acid")), pair.pairs());
        assertTrue(pair.covers("glycolic-acid", "adapalene"));
        assertEquals("retinoids-with-glycolic-acid", pair.id());
        assertEquals(IngredientPair.Verdict.CONFLICT, pair.verdict());
        assertEquals(IngredientPair.When.SAME_NIGHT, pair.when());
    }

    @Test
    void countsAPairInBothRoutinesWhenNoTimeIsGiven() {
        assertEquals(IngredientPair.When.SAME_ROUTINE, load(VALID.replace("  when: same-night\n", "")).get(0).when());
    }

    @Test
    void rejectsAPairWithoutSources() {
        assertEquals(List.of("content/ingredient-pairs.yaml:1:3: missing required key 'sources' in 0"),
                problemsIn(VALID.substring(0, VALID.indexOf("  sources:"))));
    }

    @Test
    void rejectsAnUnknownVerdictAndNamesTheAllowedOnes() {
        assertEquals(List.of("content/ingredient-pairs.yaml:3:12: verdict 'clash' is not one of: conflict, caution, "
                + "fine, myth"), problemsIn(VALID.replace("verdict: conflict", "verdict: clash")));
    }

    @Test
    void requiresExactlyTwoSides() {
        assertEquals(List.of("content/ingredient-pairs.yaml:1:12: between must name exactly two sides, like "
                        + "[retinol, glycolic-acid] or [[retinol, adapalene], salicylic-acid], not 3"),
                problemsIn(VALID.replace("[[retinol, adapalene], glycolic-acid]", "[retinol, adapalene, glycolic-acid]")));
    }

    @Test
    void rejectsAnIdListedTwiceOnOneSide() {
        assertEquals(List.of("content/ingredient-pairs.yaml:1:23: between lists 'retinol' twice on one side"),
                problemsIn(VALID.replace("[retinol, adapalene]", "[retinol, retinol]")));
    }

    @Test
    void rejectsTwoEntriesWithTheSameTitle() {
        List<String> found = problemsIn(VALID + VALID.replace("[[retinol, adapalene], glycolic-acid]", "[niacinamide, vitamin-c]"));
        assertEquals(List.of("content/ingredient-pairs.yaml:12:10: another pair already has the title 'Retinoids with "
                + "glycolic acid': titles must differ"), found);
    }

    @Test
    void namesTheNearestKeyForATypo() {
        assertTrue(problemsIn(VALID.replace("advice:", "advise:")).get(0).startsWith(
                "content/ingredient-pairs.yaml:6:3: unknown key 'advise' (did you mean 'advice'?)"));
    }
}
