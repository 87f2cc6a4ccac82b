package org.layerwise.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourcePolicyTest {

    private final SourcePolicy policy = new SourcePolicy(Map.of("droracle.ai", "AI-generated answers"));

    @ParameterizedTest
    @ValueSource(strings = {"https://sokoglam.com/", "https://www.aad.org", "http://example.org/", "https://example.org/#top"})
    void refusesBareHomePages(String url) {
        assertEquals(Optional.of("source " + url + " is a home page; cite the specific page that says it"),
                policy.problemWith(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://theklog.co/difference-serum-and-ampooule/", "https://journal.elelaf.com/?p=4498",
            "https://aad.org/media-resources/stats-and-facts/prevention-and-care/sunscreen-faqs"})
    void acceptsSpecificPagesIncludingOnesAddressedByQuery(String url) {
        assertEquals(Optional.empty(), policy.problemWith(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://droracle.ai/answers/x", "https://www.droracle.ai/answers/x", "https://DrOracle.AI./x"})
    void refusesAListedHostAndItsSubdomainsWithTheReason(String url) {
        String message = policy.problemWith(url).orElseThrow();
        assertTrue(message.contains("is on a refused host, droracle.ai (AI-generated answers)"), message);
    }

    @Test
    void doesNotMistakeAHostThatMerelyEndsWithTheSameLettersForASubdomain() {
        assertEquals(Optional.empty(), policy.problemWith("https://notdroracle.ai/page"));
    }

    @Test
    void refusesARefusedHomePageForItsHostFirst() {
        assertTrue(policy.problemWith("https://droracle.ai/").orElseThrow().contains("refused host"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/articles/layering-order/", "mailto:editor@example.org", "//cdn.example.org/", "not a url"})
    void leavesAddressesThatAreNotWebSourcesToOtherChecks(String url) {
        assertEquals(Optional.empty(), policy.problemWith(url));
    }
}
