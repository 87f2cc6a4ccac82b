package org.layerwise;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the editor sees in the browser while {@code serve} runs and a save breaks the site: the
 * problems over every page, open or newly loaded, until the next good build.
 */
class PreviewProblemsBrowserIT {

    private static final By OVERLAY = By.id("lw-build-problems");
    /** How long a rebuild may take on a busy machine: longer than {@link Browser#await}'s patience. */
    private static final Duration REBUILD = Duration.ofSeconds(60);
    private static final String ARTICLE = "content/articles/first-steps.md";

    @TempDir
    Path folder;

    private ServeProcess serve;
    private Browser browser;

    @AfterEach
    void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (serve != null) {
                serve.close();
            }
        }
    }

    @Test
    void showsTheProblemsOfAFailedSaveOnOpenAndNewPagesUntilTheNextGoodBuild() {
        FixtureSite site = FixtureSite.minimal(folder);
        String good = site.read(ARTICLE);
        serve = ServeProcess.start(site);
        browser = Browser.start();
        browser.open(serve.url("articles/first-steps/"));
        assertTrue(browser.driver().findElements(OVERLAY).isEmpty(), "no problems box after a good build");

        // an unknown front-matter key, on line 2, in the page already open
        site.write(ARTICLE, good.replace("title: \"First steps\"\n", "title: \"First steps\"\ncolour: red\n"));
        WebElement overlay = afterRebuild(ExpectedConditions.visibilityOfElementLocated(OVERLAY));
        assertEquals("alert", overlay.getAttribute("role"));
        assertTrue(overlay.findElement(By.tagName("h2")).getText().contains("did not build"));
        WebElement where = browser.await(ExpectedConditions.presenceOfNestedElementLocatedBy(OVERLAY, By.linkText(
                ARTICLE + ":3")));
        assertEquals(serve.url("articles/first-steps/"), where.getAttribute("href"));
        assertTrue(overlay.getText().contains(ARTICLE + ":3: unknown key 'colour'"), overlay.getText());

        // a page loaded while the site is broken shows them too
        browser.open(serve.url("types/serum/"));
        overlay = browser.await(ExpectedConditions.visibilityOfElementLocated(OVERLAY));
        assertTrue(overlay.getText().contains(ARTICLE + ":3: unknown key 'colour'"), overlay.getText());

        // the next good build takes it away
        site.write(ARTICLE, good.replace("Put the", "Now put the"));
        afterRebuild(ExpectedConditions.invisibilityOfElementLocated(OVERLAY));
        browser.open(serve.url("articles/first-steps/"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("lw-main"), "Now put the"));
        assertTrue(browser.driver().findElements(OVERLAY).isEmpty(), "no problems box after the fix");
    }

    @Test
    void showsTheEditorsTextAsTextLinksOnlyFilesWithAPageAndHidesOnEscape() {
        FixtureSite site = FixtureSite.minimal(folder);
        serve = ServeProcess.start(site);
        browser = Browser.start();
        browser.open(serve.url("about/"));
        // a key that is markup, and a glossary with a problem (a file with no page of its own)
        site.write(ARTICLE, site.read(ARTICLE).replace("title: \"First steps\"\n",
                "title: \"First steps\"\n\"<img src=x id=injected>\": red\n"));
        site.write("content/glossary.yaml", site.read("content/glossary.yaml") + "\n- {}\n");
        afterRebuild(ExpectedConditions.textToBePresentInElementLocated(OVERLAY, "content/glossary.yaml"));
        WebElement overlay = browser.await(ExpectedConditions.visibilityOfElementLocated(OVERLAY));
        assertTrue(overlay.getText().contains("unknown key '<img src=x id=injected>'"), overlay.getText());
        assertTrue(browser.driver().findElements(By.id("injected")).isEmpty(), "problem text is never markup");
        List<WebElement> unlinked = overlay.findElements(By.cssSelector("li > code"));
        assertFalse(unlinked.isEmpty(), "a file with no page is named without a link");
        assertTrue(unlinked.stream().allMatch(code -> code.getText().startsWith("content/glossary.yaml")));

        for (String scheme : List.of("light", "dark")) {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            List<String> violations = new ArrayList<>();
            for (Rule rule : new AxeBuilder().withTags(AccessibilityIT.WCAG).include("#lw-build-problems")
                    .analyze(browser.driver()).getViolations()) {
                rule.getNodes().forEach(node -> violations.add(rule.getId() + " at " + node.getTarget()));
            }
            assertEquals(List.of(), violations, "the problems box in " + scheme + " mode");
        }

        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.await(ExpectedConditions.invisibilityOfElementLocated(OVERLAY));
    }

    private <T> T afterRebuild(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser.driver(), REBUILD).until(condition);
    }

    @Test
    void aPublishedBuildCarriesNothingOfThePreview() throws IOException {
        FixtureSite site = FixtureSite.minimal(folder);
        assertEquals(0, site.run("build").exitCode());
        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("__layerwise") || text.contains("lw-build-problems")
                        || text.contains("live-reload"), file + " mentions the preview");
                if (file.toString().endsWith(".html")) {
                    assertTrue(Jsoup.parse(text).select("script[src]").stream()
                            .noneMatch(script -> script.attr("src").contains("__layerwise")), file.toString());
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
