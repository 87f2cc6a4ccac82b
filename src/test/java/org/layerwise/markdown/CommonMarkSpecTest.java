package org.layerwise.markdown;

import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The site's flexmark configuration without GitHub's extensions, {@link MarkdownRenderer#commonMarkOnly()},
 * against the examples of the CommonMark spec that commonmark-test-util ships, compared as the
 * spec's own runner compares them: after {@link HtmlNormalizer}, with tabs written as {@code →}
 * in the spec turned back into tabs. The examples flexmark is known to fail are listed with
 * their reasons in {@code markdown/commonmark-known-failures.txt}; a new failure and a newly
 * passing example both fail this test, so that the list stays true.
 */
class CommonMarkSpecTest {

    private static final int EXAMPLE_COUNT = 652;
    private static final int MINIMUM_PASSING = 631;
    private static final String KNOWN_FAILURES = "/markdown/commonmark-known-failures.txt";

    private static final List<Example> EXAMPLES = ExampleReader.readExamples(TestResources.getSpec());
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.commonMarkOnly();

    /** One known failure: the spec section it is in and why flexmark differs. */
    private record KnownFailure(String section, String reason) {
    }

    @Test
    void readsThe652ExamplesOfSpec0312() {
        assertTrue(TestResources.readAsString(TestResources.getSpec()).contains("\nversion: '0.31.2'\n"),
                "commonmark-test-util should ship spec 0.31.2");
        assertEquals(EXAMPLE_COUNT, EXAMPLES.size());
        assertEquals("Tabs", example(1).getSection());
        assertEquals("Textual content", example(EXAMPLE_COUNT).getSection());
    }

    @Test
    void failsExactlyTheKnownFailures() {
        Map<Integer, KnownFailure> known = knownFailures();
        SortedSet<Integer> failing = failing();
        StringBuilder message = new StringBuilder();
        for (int number : failing) {
            if (!known.containsKey(number)) {
                message.append("\nexample ").append(number).append(" (").append(example(number).getSection())
                        .append(") now fails\n  markdown: ").append(show(example(number).getSource()))
                        .append("\n  expected: ").append(show(expected(number)))
                        .append("\n  actual:   ").append(show(actual(number)));
            }
        }
        for (int number : known.keySet()) {
            if (!failing.contains(number)) {
                message.append("\nexample ").append(number).append(" now passes: remove it from ").append(KNOWN_FAILURES);
            }
        }
        if (!message.isEmpty()) {
            fail(message.toString());
        }
    }

    @Test
    void passesAtLeast631Of652Examples() {
        int passing = EXAMPLES.size() - failing().size();
        assertTrue(passing >= MINIMUM_PASSING, passing + "/" + EXAMPLES.size() + " examples pass");
    }

    @Test
    void namesEachKnownFailureWithItsSectionAndAReason() {
        knownFailures().forEach((number, failure) -> {
            assertEquals(example(number).getSection(), failure.section(), "section of example " + number);
            assertFalse(failure.reason().isBlank(), "reason for example " + number);
        });
    }

    private static SortedSet<Integer> failing() {
        return IntStream.rangeClosed(1, EXAMPLES.size())
                .filter(number -> !expected(number).equals(actual(number)))
                .boxed()
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String expected(int number) {
        return HtmlNormalizer.normalize(example(number).getHtml().replace('→', '\t'));
    }

    private static String actual(int number) {
        return HtmlNormalizer.normalize(RENDERER.renderPlain(example(number).getSource()));
    }

    /** Example {@code number} as spec_tests.py counts, through the whole spec; ExampleReader counts per section. */
    private static Example example(int number) {
        return EXAMPLES.get(number - 1);
    }

    private static String show(String text) {
        return text.replace("\t", "→").replace("\n", "⏎");
    }

    private static Map<Integer, KnownFailure> knownFailures() {
        Map<Integer, KnownFailure> failures = new TreeMap<>();
        try (InputStream in = CommonMarkSpecTest.class.getResourceAsStream(KNOWN_FAILURES)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|", 3);
                assertEquals(3, fields.length, "expected 'number | section | reason': " + line);
                KnownFailure previous = failures.put(Integer.parseInt(fields[0].strip()),
                        new KnownFailure(fields[1].strip(), fields[2].strip()));
                assertNull(previous, "listed twice: " + line);
            }
        } catch (IOException e) {
            fail("cannot read " + KNOWN_FAILURES, e);
        }
        return failures;
    }
}
