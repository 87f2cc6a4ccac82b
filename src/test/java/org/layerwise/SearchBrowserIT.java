package org.layerwise;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search page in a real headless Chromium: the fixture site is served under /layerwise/, as on
 * a project's GitHub Pages address, so every path the page and its script use must be relative.
 */
class SearchBrowserIT {

    @TempDir
    static Path folder;

    static SiteInBrowser served;
    static Browser browser;
    static String site;

    @BeforeAll
    static void serveTheFixtureSiteAndStartTheBrowser() {
        served = SiteInBrowser.serve(FixtureSite.minimal(folder), "layerwise/");
        browser = served.browser();
        site = served.url("");
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void typingSerumListsTheSerumTypePageFirst() {
        type("serum");
        WebElement first = browser.await(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#lw-search-results li a")));
        assertEquals(site + "types/serum/", first.getAttribute("href"));
        assertEquals("Serum", first.getText());
        assertTrue(status().getText().endsWith("for “serum”."), status().getText());
    }

    @Test
    void findsWordsWhateverTheirAccentsAndCase() {
        type("SÉRUM");
        browser.await(ExpectedConditions.attributeToBe(
                By.cssSelector("#lw-search-results li:first-child a"), "href", site + "types/serum/"));
    }

    @Test
    void showsOnlyEntriesContainingEveryWordWithTheMatchMarked() {
        type("toner humectant");
        browser.await(ExpectedConditions.textMatches(By.id("lw-search-status"), Pattern.compile("^1 result ")));
        List<WebElement> links = driver().findElements(By.cssSelector("#lw-search-results li a"));
        assertEquals(List.of(site + "articles/first-steps/"), links.stream().map(a -> a.getAttribute("href")).toList());
        List<String> marked = driver().findElements(By.cssSelector("#lw-search-results mark")).stream()
                .map(WebElement::getText).toList();
        assertTrue(marked.contains("toner") && marked.contains("humectant"), marked.toString());
    }

    @Test
    void findsAnIngredientPage() {
        type("retinol");
        browser.await(ExpectedConditions.attributeToBe(
                By.cssSelector("#lw-search-results li:first-child a"), "href", site + "ingredients/retinol/"));
    }

    @Test
    void aQueryThatMatchesNothingAnnouncesNoResults() {
        type("zinc");
        browser.await(ExpectedConditions.textToBe(By.id("lw-search-status"), "No results for “zinc”."));
        assertEquals("polite", status().getAttribute("aria-live"));
        assertTrue(driver().findElements(By.cssSelector("#lw-search-results li")).isEmpty());
    }

    @Test
    void aQueryInTheAddressIsFilledInAndSearched() {
        browser.open(site + "search/?q=toner");
        browser.await(ExpectedConditions.attributeToBe(
                By.cssSelector("#lw-search-results li:first-child a"), "href", site + "types/toner/"));
        assertEquals("toner", input().getAttribute("value"));
    }

    @Test
    void typingKeepsTheQueryInTheAddressSoTheSearchCanBeShared() {
        type("serum");
        browser.await(ExpectedConditions.urlToBe(site + "search/?q=serum"));
    }

    @Test
    void tabReachesTheResultsAfterTheSearchButton() {
        type("serum");
        WebElement first = browser.await(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#lw-search-results li a")));
        input().sendKeys(Keys.TAB);
        assertEquals("Search", driver().switchTo().activeElement().getText());
        driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals(first, driver().switchTo().activeElement());
    }

    @Test
    void theDownArrowMovesFromTheSearchFieldThroughTheResultsAndUpReturns() {
        type("serum");
        List<WebElement> links = browser.await(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#lw-search-results li a"), 1));
        input().sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(0), driver().switchTo().activeElement());
        links.get(0).sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(1), driver().switchTo().activeElement());
        links.get(1).sendKeys(Keys.ARROW_UP);
        links.get(0).sendKeys(Keys.ARROW_UP);
        assertEquals(input(), driver().switchTo().activeElement());
    }

    private static void type(String query) {
        browser.open(site + "search/");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.lw-search[data-ready]")));
        input().sendKeys(query);
    }

    private static WebElement input() {
        return driver().findElement(By.id("lw-search-q"));
    }

    private static WebElement status() {
        return driver().findElement(By.id("lw-search-status"));
    }

    private static WebDriver driver() {
        return browser.driver();
    }
}
