package org.layerwise.load;

import org.junit.jupiter.api.Test;
import org.layerwise.model.Cadence;
import org.layerwise.model.Problem;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Typed fields of one YAML mapping: each getter reports what is wrong with its key at the key's
 * (or value's) file:line:column from the YAML parser's marks, and returns a placeholder so the
 * rest of the file is still read.
 */
class FieldsTest {

    private static final Path FILE = Path.of("content/types/x.yaml");

    private final List<Problem> problems = new ArrayList<>();

    private Fields fields(String yaml, String... allowed) {
        YamlDocument document = new YamlDocument(FILE, 1, true, problems);
        Node root = document.parse(yaml).orElseThrow();
        return new Fields(document, root, "", Set.of(allowed));
    }

    private void assertProblems(String... expected) {
        assertEquals(List.of(expected), problems.stream().map(Problem::toString).toList());
    }

    @Test
    void wellTypedValuesAreReadWithoutProblems() {
        Fields fields = fields("""
                name: Serum
                texture: 2
                optional: true
                cadence: as-needed
                date: 2026-03-01
                tags: [light, water-based]
                """, "name", "texture", "optional", "cadence", "date", "tags");
        assertEquals("Serum", fields.text("name"));
        assertEquals(2, fields.integer("texture", 1, 5));
        assertEquals(Optional.of(true), fields.optionalFlag("optional"));
        assertEquals(Cadence.AS_NEEDED, fields.choice("cadence", Cadence.class, Cadence.DAILY));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), fields.date("date"));
        assertEquals(List.of("light", "water-based"), fields.words("tags", Pattern.compile("[a-z-]+"), "kebab-case"));
        assertProblems();
    }

    @Test
    void aMissingRequiredKeyIsReportedAtTheMappingAndGivesAPlaceholder() {
        Fields fields = fields("""
                # a comment first
                name: Serum
                """, "name", "summary", "texture", "date");
        assertEquals("", fields.text("summary"));
        assertEquals(1, fields.integer("texture", 1, 5));
        assertEquals(LocalDate.EPOCH, fields.requiredDate("date", LocalDate.EPOCH));
        assertProblems(
                "content/types/x.yaml:2:1: missing required key 'summary'",
                "content/types/x.yaml:2:1: missing required key 'texture'",
                "content/types/x.yaml:2:1: missing required key 'date'");
    }

    @Test
    void aValueOfTheWrongTypeIsReportedAtTheValuesLineAndColumn() {
        Fields fields = fields("""
                name: 42
                texture: thick
                optional: maybe
                tags: light
                cadence: sometimes
                """, "name", "texture", "optional", "tags", "cadence");
        assertEquals("", fields.text("name"));
        assertEquals(1, fields.integer("texture", 1, 5));
        assertEquals(Optional.empty(), fields.optionalFlag("optional"));
        assertEquals(List.of(), fields.texts("tags"));
        assertEquals(Optional.empty(), fields.optionalChoice("cadence", Cadence.class));
        assertProblems(
                "content/types/x.yaml:1:7: name must be text; put it in quotes",
                "content/types/x.yaml:2:10: texture must be a whole number from 1 to 5, not 'thick'",
                "content/types/x.yaml:3:11: optional must be true or false, not 'maybe'",
                "content/types/x.yaml:4:7: tags must be a list, e.g. tags: [a, b]",
                "content/types/x.yaml:5:10: cadence 'sometimes' is not one of: daily, weekly, as-needed");
    }

    @Test
    void outOfRangeNumbersAndImpossibleDatesSayWhy() {
        Fields fields = fields("""
                texture: 9
                date: 2026-02-30
                updated: 1 March
                """, "texture", "date", "updated");
        assertEquals(9, fields.integer("texture", 1, 5));
        assertEquals(Optional.empty(), fields.date("date"));
        assertEquals(Optional.empty(), fields.date("updated"));
        assertProblems(
                "content/types/x.yaml:1:10: texture must be from 1 to 5, not 9",
                "content/types/x.yaml:2:7: date \"2026-02-30\" is YYYY-MM-DD but not a real day: February 2026 has 28 days",
                "content/types/x.yaml:3:10: updated \"1 March\" is not YYYY-MM-DD");
    }

    @Test
    void unknownAndDuplicateKeysAreReportedAtTheKeyWithTheNearestAllowedOne() {
        YamlDocument document = new YamlDocument(FILE, 1, true, problems);
        Node root = document.parse("""
                name: Serum
                sumary: Light
                """).orElseThrow();
        new Fields(document, root, "", Set.of("name", "summary"));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("content/types/x.yaml:2:1", problems.get(0).location());
        assertTrue(problems.get(0).message().startsWith("unknown key 'sumary'"), problems.toString());
        assertTrue(problems.get(0).message().contains("summary"), problems.toString());
    }

    @Test
    void aListEntryThatIsNotAWordIsReportedAtTheEntry() {
        Fields fields = fields("""
                tags:
                  - light
                  - Not Kebab
                  - light
                """, "tags");
        assertEquals(List.of("light"), fields.words("tags", Pattern.compile("[a-z-]+"), "lowercase words"));
        assertProblems(
                "content/types/x.yaml:3:5: tags entry 'Not Kebab' must be lowercase words",
                "content/types/x.yaml:4:5: tags lists 'light' twice");
    }

    @Test
    void aKeyWithNoValueIsReportedAtTheKey() {
        Fields fields = fields("""
                name: Serum
                summary:
                """, "name", "summary");
        assertEquals(Optional.empty(), fields.optionalText("summary"));
        assertProblems("content/types/x.yaml:2:1: summary has no value");
    }

    @Test
    void linesInFrontMatterCountFromTheLineTheYamlStartsOn() {
        YamlDocument document = new YamlDocument(Path.of("content/articles/a.md"), 2, false, problems);
        Node root = document.parse("title: A\ndate: soon\n").orElseThrow();
        Fields fields = new Fields(document, root, "", Set.of("title", "date"));
        assertEquals(Optional.empty(), fields.date("date"));
        assertProblems("content/articles/a.md:3: date \"soon\" is not YYYY-MM-DD");
    }
}
