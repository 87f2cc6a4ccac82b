package org.layerwise.load;

import org.junit.jupiter.api.Test;
import org.layerwise.model.Problem;
import org.layerwise.model.SourcePolicy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RefusedSourcesLoaderTest {

    private static final Path FILE = Path.of("content/refused-sources.yaml");

    private final List<Problem> problems = new ArrayList<>();

    private SourcePolicy load(String yaml) {
        return new RefusedSourcesLoader(problems).load(FILE, yaml);
    }

    @Test
    void readsHostsInLowercaseWithTheirReasons() {
        SourcePolicy policy = load("""
                - host: DrOracle.ai
                  reason: AI-generated answers
                - host: necolebitchie.com
                  reason: a lifestyle blog
                """);
        assertEquals(List.of(), problems);
        assertEquals(Map.of("droracle.ai", "AI-generated answers", "necolebitchie.com", "a lifestyle blog"),
                policy.refused());
    }

    @Test
    void reportsAddressesInsteadOfHostsRepeatsAndMissingReasonsAtOnce() {
        load("""
                - host: https://droracle.ai/x
                  reason: AI
                - host: beauty-ai.app
                  reason: AI
                - host: beauty-ai.app
                  reason: AI again
                - host: htuse.com
                """);
        assertEquals(List.of(
                "content/refused-sources.yaml:1:9: host 'https://droracle.ai/x' must be a host name alone, like"
                        + " example.com: no scheme, path or port",
                "content/refused-sources.yaml:5:9: host 'beauty-ai.app' is listed twice",
                "content/refused-sources.yaml:7:3: missing required key 'reason' in 3"),
                problems.stream().map(Problem::toString).toList());
    }
}
