package org.layerwise.validate;

import org.junit.jupiter.api.Test;
import org.layerwise.load.RoutineRulesLoader;
import org.layerwise.model.Active;
import org.layerwise.model.Problem;
import org.layerwise.model.RoutineRule;
import org.layerwise.model.RoutineRules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ids in content/routine-rules.yaml must name actives of the file or product types of the site. */
class RoutineRulesCheckTest {

    private static final Set<String> TYPES = Set.of("toner", "serum", "exfoliant");

    private final List<Problem> problems = new ArrayList<>();

    private List<String> check(String text) {
        RoutineRules rules = new RoutineRulesLoader(problems, SourcePolicy.NO_REFUSED_HOSTS).load(Path.of("content/routine-rules.yaml"), text);
        assertEquals(List.of(), problems, "the file itself is well formed");
        RoutineRulesCheck.check(rules, TYPES, problems);
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void theSitesOwnRulesFileIsValidAndCoversThePairsOfTheLayeringGuide() throws IOException {
        Set<String> typeIds;
        try (Stream<Path> files = Files.list(Path.of("content/types"))) {
            typeIds = files.map(f -> f.getFileName().toString().replaceFirst("\\.yaml$", ""))
                    .collect(Collectors.toSet());
        }
        RoutineRules rules = new RoutineRulesLoader(problems, SourcePolicy.NO_REFUSED_HOSTS).load(Path.of("content/routine-rules.yaml"),
                Files.readString(Path.of("content/routine-rules.yaml")));
        RoutineRulesCheck.check(rules, typeIds, problems);
        assertEquals(List.of(), problems);
        assertEquals(List.of("retinoid", "aha-bha", "benzoyl-peroxide", "tretinoin", "vitamin-c", "niacinamide"),
                rules.actives().stream().map(Active::id).toList());
        assertEquals(List.of(List.of("retinoid", "aha-bha"), List.of("tretinoin", "aha-bha"),
                List.of("benzoyl-peroxide", "tretinoin"), List.of("vitamin-c", "niacinamide")),
                rules.rules().stream().map(RoutineRule::between).toList());
        assertEquals(List.of(RoutineRule.Severity.CONFLICT, RoutineRule.Severity.CONFLICT,
                RoutineRule.Severity.CONFLICT, RoutineRule.Severity.FINE),
                rules.rules().stream().map(RoutineRule::severity).toList());
        assertEquals(RoutineRule.When.SAME_NIGHT, rules.rules().get(0).when());
    }

    @Test
    void acceptsActivesAndProductTypesInBetween() {
        assertEquals(List.of(), check("""
                actives:
                  - id: retinoid
                    name: Retinoid
                    types: [serum]
                rules:
                  - id: retinoid-with-exfoliant
                    between: [retinoid, exfoliant]
                    severity: conflict
                    when: same-night
                    message: Not on the same night.
                    sources:
                      - title: Example
                        url: https://example.org/rule
                """));
    }

    @Test
    void reportsAnUnknownIdInBetweenAtItsOwnLineWithTheNearestKnownId() {
        assertEquals(List.of("content/routine-rules.yaml:6:26: between names unknown active or product type "
                + "'retinol' (did you mean 'retinoid'?); actives: retinoid; product types: exfoliant, serum, toner"),
                check("""
                        actives:
                          - id: retinoid
                            name: Retinoid
                        rules:
                          - id: retinoid-with-exfoliant
                            between: [exfoliant, retinol]
                            severity: conflict
                            when: same-night
                            message: Not on the same night.
                            sources:
                              - title: Example
                                url: https://example.org/rule
                        """));
    }

    @Test
    void reportsAnUnknownProductTypeInAnActivesTypesAtItsOwnLine() {
        assertEquals(List.of("content/routine-rules.yaml:4:20: types names unknown product type 'exfolient' "
                + "(did you mean 'exfoliant'?); known types: exfoliant, serum, toner"),
                check("""
                        actives:
                          - id: aha-bha
                            name: AHA/BHA exfoliant acid
                            types: [serum, exfolient]
                        rules: []
                        """));
    }

    @Test
    void refusesAnActiveIdThatIsAlsoAProductTypeId() {
        assertEquals(List.of("content/routine-rules.yaml:2:5: active id 'serum' is also a product type id: "
                + "give the active another id"), check("""
                actives:
                  - id: serum
                    name: Serum
                rules: []
                """));
    }
}
