package org.layerwise.load;

import org.junit.jupiter.api.Test;
import org.layerwise.validate.SourcePolicy;
import org.layerwise.model.Active;
import org.layerwise.model.Origin;
import org.layerwise.model.Problem;
import org.layerwise.model.RoutineRule;
import org.layerwise.model.RoutineRules;
import org.layerwise.model.Source;
import org.layerwise.model.TimeOfDay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading content/routine-rules.yaml, and every mistake in it reported at its file, line and column. */
class RoutineRulesLoaderTest {

    private static final Path FILE = Path.of("content/routine-rules.yaml");

    private static final String VALID = """
            actives:
              - id: retinoid
                name: Retinoid
                time: [pm]
              - id: aha-bha
                name: AHA/BHA exfoliant acid
                types: [exfoliant]
            rules:
              - id: retinoid-with-acids
                between: [retinoid, aha-bha]
                severity: conflict
                when: same-night
                message: Not on the same night. Alternate nights instead.
                sources:
                  - title: "Example"
                    url: https://example.org/a
            """;

    private final List<Problem> problems = new ArrayList<>();

    private RoutineRules load(String text) {
        return new RoutineRulesLoader(problems, SourcePolicy.NO_REFUSED_HOSTS).load(FILE, text);
    }

    private List<String> messages() {
        return problems.stream().sorted(Problem.IN_FILE_ORDER).map(Problem::toString).toList();
    }

    /** A copy of the valid file with one line replaced. */
    private static String withLine(String line, String replacement) {
        assertTrue(VALID.contains(line + "\n"), line);
        return VALID.replace(line + "\n", replacement + "\n");
    }

    @Test
    void readsActivesAndRulesOfAValidFile() {
        RoutineRules rules = load(VALID);
        assertEquals(List.of(), problems);
        assertEquals(List.of(new Active("retinoid", "Retinoid", List.of(), Set.of(TimeOfDay.PM)),
                new Active("aha-bha", "AHA/BHA exfoliant acid", List.of("exfoliant"), Set.of(TimeOfDay.AM, TimeOfDay.PM))),
                rules.actives());
        assertEquals(List.of(new RoutineRule("retinoid-with-acids", List.of("retinoid", "aha-bha"),
                RoutineRule.Severity.CONFLICT, RoutineRule.When.SAME_NIGHT,
                "Not on the same night. Alternate nights instead.",
                List.of(new Source("Example", "https://example.org/a")))), rules.rules());
    }

    @Test
    void remembersWhereEachIdInBetweenAndTypesWasWritten() {
        RoutineRules rules = load(VALID);
        assertEquals(new Origin.Location(10, 25), rules.origin().locations().get("rules.0.between.1"));
        assertEquals(new Origin.Location(7, 13), rules.origin().locations().get("actives.1.types.0"));
    }

    @Test
    void reportsAnUnknownKeyWithItsLineColumnAndTheKeyItWasProbablyMeantToBe() {
        load(withLine("    between: [retinoid, aha-bha]", "    betwen: [retinoid, aha-bha]"));
        assertEquals(List.of(
                "content/routine-rules.yaml:9:5: missing required key 'between' in rules.0",
                "content/routine-rules.yaml:10:5: unknown key 'betwen' (did you mean 'between'?); allowed keys: "
                        + "between, id, message, severity, sources, when"), messages());
    }

    @Test
    void reportsAMisspelledTopLevelKeyAndTheMissingOneItStandsFor() {
        load(VALID.replace("rules:\n", "rule:\n"));
        assertEquals(List.of(
                "content/routine-rules.yaml:1:1: missing required key 'rules'",
                "content/routine-rules.yaml:8:1: unknown key 'rule' (did you mean 'rules'?); allowed keys: actives, rules"),
                messages());
    }

    @Test
    void reportsMissingKeysOfAnEntryAtTheStartOfThatEntry() {
        load("""
                actives:
                  - id: retinoid
                rules:
                  - id: lonely
                """);
        assertEquals(List.of(
                "content/routine-rules.yaml:2:5: missing required key 'name' in actives.0",
                "content/routine-rules.yaml:4:5: missing required key 'between' in rules.0",
                "content/routine-rules.yaml:4:5: missing required key 'message' in rules.0",
                "content/routine-rules.yaml:4:5: missing required key 'severity' in rules.0",
                "content/routine-rules.yaml:4:5: missing required key 'sources' in rules.0",
                "content/routine-rules.yaml:4:5: missing required key 'when' in rules.0"), messages());
    }

    @Test
    void reportsAValueNotAllowedForSeverityOrWhenWithTheAllowedOnes() {
        load(withLine("    severity: conflict", "    severity: conflcit")
                .replace("when: same-night", "when: same-day"));
        assertEquals(List.of(
                "content/routine-rules.yaml:11:15: severity 'conflcit' is not one of: conflict, fine "
                        + "(did you mean 'conflict'?)",
                "content/routine-rules.yaml:12:11: when 'same-day' is not one of: same-night, same-routine"),
                messages());
    }

    @Test
    void reportsABetweenThatIsNotAListOfExactlyTwoIds() {
        load(withLine("    between: [retinoid, aha-bha]", "    between: retinoid"));
        assertEquals(List.of("content/routine-rules.yaml:10:14: between must be a list, e.g. between: [a, b]"),
                messages());
        problems.clear();
        load(withLine("    between: [retinoid, aha-bha]", "    between: [retinoid, aha-bha, tretinoin]"));
        assertEquals(List.of("content/routine-rules.yaml:10:14: between must name exactly two ids, like "
                + "[retinoid, aha-bha], not 3"), messages());
        problems.clear();
        load(withLine("    between: [retinoid, aha-bha]", "    between: [retinoid, retinoid]"));
        assertEquals(List.of("content/routine-rules.yaml:10:25: between lists 'retinoid' twice"), messages());
    }

    @Test
    void reportsAnActiveTimeThatIsNotMorningOrEvening() {
        load(withLine("    time: [pm]", "    time: [night]"));
        assertEquals(List.of("content/routine-rules.yaml:4:12: time 'night' is not one of: am, pm"), messages());
    }

    @Test
    void reportsRepeatedAndMalformedIds() {
        load(VALID.replace("id: aha-bha", "id: retinoid").replace("id: retinoid-with-acids", "id: Retinoid_Acids"));
        assertEquals(List.of(
                "content/routine-rules.yaml:5:9: duplicate id 'retinoid': ids must be unique in the file",
                "content/routine-rules.yaml:9:9: id 'Retinoid_Acids' must be lowercase words joined by hyphens, "
                        + "like 'sheet-mask'"), messages());
    }

    @Test
    void acceptsOnlyPlainTextOfOneOrTwoSentencesAsAMessage() {
        load(withLine("    message: Not on the same night. Alternate nights instead.",
                "    message: See [the article](/articles/x/)."));
        assertEquals(List.of("content/routine-rules.yaml:13:14: message must be plain text: no HTML, Markdown "
                + "links, bold or code"), messages());
        problems.clear();
        load(withLine("    message: Not on the same night. Alternate nights instead.",
                "    message: Not on the same night. Alternate nights. Or use one in the morning."));
        assertEquals(List.of("content/routine-rules.yaml:13:14: message must be one or two sentences, not 3; "
                + "longer explanations belong in an article"), messages());
    }

    @Test
    void requiresAtLeastOneSourceWithAWebAddress() {
        load(withLine("        url: https://example.org/a", "        url: example.org/a"));
        assertEquals(List.of("content/routine-rules.yaml:16:14: url 'example.org/a' must be an absolute http:// "
                + "or https:// address"), messages());
    }

    @Test
    void reportsAnEmptyFileAndAFileThatIsNotAMapping() {
        assertEquals(RoutineRules.NONE, load("\n"));
        assertEquals(List.of("content/routine-rules.yaml:1: the file is empty; see docs/routine-rules.md for the keys"),
                messages());
        problems.clear();
        load("- id: retinoid\n");
        assertEquals(List.of("content/routine-rules.yaml:1:1: the file must be a mapping with the keys 'actives' and "
                + "'rules'; see docs/routine-rules.md"), messages());
    }

    @Test
    void reportsInvalidYamlAtItsPosition() {
        load("actives: [\n");
        assertEquals(1, problems.size());
        assertTrue(messages().get(0).matches("content/routine-rules\\.yaml:\\d+:\\d+: invalid YAML: .+"),
                messages().toString());
    }
}
