package org.layerwise.load;

import org.junit.jupiter.api.Test;
import org.layerwise.markdown.LinkTargets;
import org.layerwise.markdown.MarkdownRenderer;
import org.layerwise.model.Cadence;
import org.layerwise.model.Problem;
import org.layerwise.model.ProductType;
import org.layerwise.model.Source;
import org.layerwise.model.TimeOfDay;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductTypeLoaderTest {

    private static final String VALID = """
            name: Serum
            summary: A concentrated treatment.
            step: 60
            texture: 3
            actives: 4
            frequency: Daily
            cadence: daily
            time: [am, pm]
            base: water
            compare_with: [ampoule, [essence, ampoule]]
            sources:
              - title: Example
                url: https://example.org/serum
            """;

    private final List<Problem> problems = new ArrayList<>();
    private final ProductTypeLoader loader = new ProductTypeLoader(
            new MarkdownRenderer(new LinkTargets(Set.of("serum"), Set.of()), Path.of("assets").toAbsolutePath()),
            problems);

    private List<String> problemsIn(String yaml) {
        loader.load(Path.of("content/types/serum.yaml"), yaml);
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void readsEveryRequiredFieldAndTheComparisonGroups() {
        ProductType serum = loader.load(Path.of("content/types/serum.yaml"), VALID).orElseThrow();
        assertEquals(List.of(), problems);
        assertEquals("serum", serum.id());
        assertEquals(60, serum.step());
        assertEquals(Cadence.DAILY, serum.cadence());
        assertEquals(Set.of(TimeOfDay.AM, TimeOfDay.PM), serum.time());
        assertEquals(List.of(List.of("ampoule"), List.of("essence", "ampoule")), serum.compareWith());
    }

    @Test
    void rejectsTextureOutsideOneToFive() {
        assertEquals(List.of("content/types/serum.yaml:4:10: texture must be from 1 to 5, not 7"),
                problemsIn(VALID.replace("texture: 3", "texture: 7")));
    }

    @Test
    void namesTheNearestKeyForATypo() {
        List<String> found = problemsIn(VALID.replace("actives: 4", "actives: 4\nactivs: 4"));
        assertTrue(found.get(0).startsWith("content/types/serum.yaml:6:1: unknown key 'activs' (did you mean 'actives'?)"),
                found.toString());
    }

    @Test
    void reportsEveryMissingRequiredKeyAtOnce() {
        List<String> found = problemsIn("name: Serum\n");
        assertTrue(found.size() >= 8, found.toString());
        assertTrue(found.contains("content/types/serum.yaml:1:1: missing required key 'step'"), found.toString());
    }

    @Test
    void reportsInvalidYamlWithItsPosition() {
        List<String> found = problemsIn("name: [Serum\nstep: 1\n");
        // the parser's mark: the unclosed list meets 'step:' on line 2, column 5
        assertEquals(List.of("content/types/serum.yaml:2:5: invalid YAML: while parsing a flow sequence:"
                + " expected ',' or ']', but got :"), found);
    }

    @Test
    void requiresAbsoluteWebAddressesForSources() {
        List<String> found = problemsIn(VALID.replace("https://example.org/serum", "example.org"));
        assertEquals(List.of("content/types/serum.yaml:13:10: url 'example.org' must be an absolute http:// or https:// address"),
                found);
    }

    @Test
    void requiresTwoPositionsForADispute() {
        List<String> found = problemsIn(VALID + """
                disputes:
                  - topic: How often
                    about: frequency
                    positions:
                      - claim: Weekly.
                        sources: [{title: A, url: "https://example.org/a"}]
                """);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("a dispute needs at least two positions, found 1"), found.toString());
    }

    @Test
    void readsASourcesKindAndTheReviewDate() {
        ProductType serum = loader.load(Path.of("content/types/serum.yaml"),
                VALID.replace("url: https://example.org/serum", "url: https://example.org/serum\n    kind: label")
                        + "reviewed: 2026-12-01\n").orElseThrow();
        assertEquals(List.of(), problems);
        assertEquals(Optional.of(Source.Kind.LABEL), serum.sources().get(0).kind());
        assertEquals("Label", serum.sources().get(0).kindLabel());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), serum.reviewed());
    }

    @Test
    void reportsAHomePageSourceAnUnknownKindAndAnImpossibleReviewDateTogether() {
        List<String> found = problemsIn(VALID
                .replace("url: https://example.org/serum", "url: https://example.org/\n    kind: blog")
                + "reviewed: 2026-02-30\n");
        assertEquals(List.of(
                "content/types/serum.yaml:13:10: source https://example.org/ is a home page; cite the specific page"
                        + " that says it",
                "content/types/serum.yaml:14:11: kind 'blog' is not one of: guideline, study, review, label,"
                        + " professional, retailer, brand, editorial",
                "content/types/serum.yaml:15:11: reviewed \"2026-02-30\" is YYYY-MM-DD but not a real day: February 2026 has 28 days"), found);
    }
}
