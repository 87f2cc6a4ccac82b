package org.layerwise;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.serve.PreviewServer;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Quality gate: axe-core finds no WCAG 2.2 A/AA violation on any kind of page, in light and in
 * dark mode. Runs Deque's bundled axe script in Debian's Chromium; nothing is downloaded.
 */
class AccessibilityIT {

    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @TempDir
    static Path folder;

    static SiteInBrowser served;
    static Browser browser;

    @BeforeAll
    static void start() {
        served = SiteInBrowser.serve(FixtureSite.real(folder.resolve("real")), "");
        browser = served.browser();
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    static Stream<Arguments> pages() {
        List<String> kinds = List.of("", "types/", "types/serum/", "compare/", "compare/serum-vs-ampoule/",
                "layering/", "routine/", "articles/", "articles/serum-vs-ampoule/", "articles/layering-order/",
                "tags/serum/", "tags/", "series/reader-questions/", "faq/", "glossary/", "search/?q=serum", "about/",
                "no-such-page/", "ingredients/", "ingredients/niacinamide/", "ingredients/pairs/");
        List<Arguments> cases = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            for (String page : kinds) {
                cases.add(Arguments.of(scheme, page));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "/{1} in {0} mode")
    @MethodSource("pages")
    void hasNoAccessibilityViolations(String scheme, String page) {
        colorScheme(scheme);
        browser.open(served.url(page));
        assertEquals(true, ((ChromeDriver) browser.driver()).executeScript(
                "return matchMedia('(prefers-color-scheme: " + scheme + ")').matches"), "emulated " + scheme + " mode");
        if (page.startsWith("routine/")) {
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lw-routine[data-ready]")));
        }
        if (page.startsWith("search/")) {
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lw-search-results li")));
        }
        assertEquals(List.of(), describe(new AxeBuilder().withTags(WCAG).analyze(browser.driver())));
    }

    @Test
    void theGateCatchesAnInaccessiblePage() throws Exception {
        Path bad = folder.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("index.html"), "<!DOCTYPE html><html><head><title>x</title></head><body>"
                + "<img src=x.png><a href=#></a><p style=\"color:#777;background:#888\">low contrast</p></body></html>");
        try (PreviewServer badServer = new PreviewServer(bad, 0)) {
            colorScheme("light");
            browser.open("http://127.0.0.1:" + badServer.port() + "/");
            List<String> found = describe(new AxeBuilder().withTags(WCAG).analyze(browser.driver()));
            assertFalse(found.isEmpty());
        }
    }

    private static void colorScheme(String scheme) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private static List<String> describe(Results results) {
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            rule.getNodes().forEach(node -> found.add(rule.getId() + " at " + node.getTarget() + ": "
                    + node.getFailureSummary()));
        }
        return found;
    }
}
