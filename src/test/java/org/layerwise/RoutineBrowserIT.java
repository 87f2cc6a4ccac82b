package org.layerwise;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The routine builder in a real headless Chromium. The fixture site is served under /layerwise/, as
 * on a project's GitHub Pages address, so the page must find routine-data.json relative to itself.
 */
class RoutineBrowserIT {

    @TempDir
    static Path folder;

    static Path output;
    static SiteInBrowser served;
    static Browser browser;
    static String page;

    @BeforeAll
    static void serveTheFixtureSiteAndStartTheBrowser() {
        served = SiteInBrowser.serve(FixtureSite.minimal(folder), "layerwise/");
        output = served.output();
        browser = served.browser();
        page = served.url("routine/");
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void withoutJavaScriptThePageShowsTheGeneralOrderAndNoForm() {
        try (Browser noScript = Browser.startWithoutJavaScript()) {
            noScript.open(page);
            assertFalse(noScript.driver().findElement(By.id("lw-routine")).isDisplayed());
            assertTrue(noScript.driver().findElement(By.cssSelector(".lw-diagram-pair")).isDisplayed());
        }
    }

    @Test
    void rendersTheFormInThePageWithEveryLabelSoRevealingItShiftsNothing() throws Exception {
        Document html = Jsoup.parse(output.resolve("routine/index.html").toFile(), "UTF-8");
        Element form = html.selectFirst("form#lw-routine");
        assertFalse(form.hasAttr("hidden"));
        assertEquals("../routine-data.json", form.attr("data-routine"));
        assertEquals(List.of("Product types and treatments you use", "Ingredients you use"),
                form.select("fieldset > legend").eachText());
        assertEquals(List.of("Glycolic acid", "Niacinamide", "Retinol", "Vitamin C"),
                form.select("input[name=ingredient] + label").eachText());
        for (Element control : form.select("input, select")) {
            assertEquals(1, form.select("label[for=" + control.id() + "]").size(), control.outerHtml());
        }
        assertEquals(List.of("Toner", "Serum", "Moisturizer"), form.select("input[name=type] + label").eachText());
        assertEquals("polite", html.selectFirst("#lw-routine-status").attr("aria-live"));
        assertEquals(2, html.select(".lw-diagram-pair svg").size());
        assertEquals("../js/routine.js", html.selectFirst("main script[src]").attr("src"));
        assertEquals(List.of(), new NuHtmlChecker().errors(output.resolve("routine/index.html")));
    }

    @Test
    void tickingSerumAndMoisturizerForTheMorningListsThemInRoutineOrder() {
        open("");
        assertFalse(driver().findElement(By.id("lw-routine-time-moisturizer")).isDisplayed(),
                "when and how often appear only for ticked types");
        tick("lw-routine-type-moisturizer");
        assertTrue(driver().findElement(By.id("lw-routine-time-moisturizer")).isDisplayed());
        choose("lw-routine-time-moisturizer", "am");
        tick("lw-routine-type-serum");
        choose("lw-routine-time-serum", "am");
        assertEquals(List.of("Serum", "Moisturizer"), steps("am"));
        assertEquals(List.of(), steps("pm"));
        assertTrue(driver().findElement(By.id("lw-routine-pm-empty")).isDisplayed());
        assertEquals("Morning: 2 steps. Evening: 0 steps.", status());
    }

    @Test
    void aRetinoidAndAnAcidOnTheSameNightShowTheConflictWarningWithALinkToTheReason() {
        open("");
        tick("lw-routine-ingredient-retinol");
        choose("lw-routine-time-retinol", "pm");
        tick("lw-routine-ingredient-glycolic-acid");
        choose("lw-routine-time-glycolic-acid", "pm");
        WebElement warning = driver().findElement(By.cssSelector("#lw-routine-warnings li"));
        assertTrue(warning.getAttribute("class").contains("lw-routine__warning--conflict"));
        assertTrue(warning.getText().startsWith("Keep apart: Retinol and Glycolic acid (both in your "
                + "evening routine)"), warning.getText());
        assertTrue(warning.getText().contains("Not on the same night. Both irritate while your skin adjusts."),
                warning.getText());
        assertEquals(served.url("ingredients/pairs/#retinol-with-glycolic-acid"),
                warning.findElement(By.cssSelector("a")).getAttribute("href"));
        assertTrue(status().endsWith("1 pair to keep apart. 2 notes to take care with."), status());

        choose("lw-routine-time-glycolic-acid", "am");
        assertEquals(List.of(), texts("#lw-routine-warnings li.lw-routine__warning--conflict"));
        assertEquals(List.of("Sun: Glycolic acid", "Sun: Retinol"), texts("#lw-routine-warnings .lw-routine__warning-title"));
    }

    @Test
    void anIngredientThatMakesSkinSunSensitiveBringsASunscreenNoteWithALink() {
        open("");
        tick("lw-routine-ingredient-retinol");
        List<WebElement> items = driver().findElements(By.cssSelector("#lw-routine-warnings li"));
        assertEquals(1, items.size());
        assertTrue(items.get(0).getText().startsWith("Sun: Retinol\nRetinol makes skin more sensitive to the sun: "
                + "wear a broad-spectrum sunscreen every morning."), items.get(0).getText());
        assertEquals(served.url("ingredients/retinol/#sun"),
                items.get(0).findElement(By.cssSelector("a")).getAttribute("href"));
    }

    @Test
    void vitaminCWithNiacinamideShowsTheMythNoteRatherThanAWarning() {
        open("");
        tick("lw-routine-ingredient-vitamin-c");
        tick("lw-routine-ingredient-niacinamide");
        List<WebElement> items = driver().findElements(By.cssSelector("#lw-routine-warnings li"));
        assertEquals(1, items.size());
        assertTrue(items.get(0).getAttribute("class").contains("lw-routine__warning--myth"));
        assertTrue(items.get(0).getText().startsWith("Fine together (the clash is a myth): Vitamin C and Niacinamide "
                + "(both in your morning routine)"), items.get(0).getText());
        assertTrue(items.get(0).getText().contains("Fine together, in either order."));
        assertTrue(status().endsWith("1 pair that is fine together."), status());
    }

    @Test
    void aWeeklyStepIsMarkedInTheRoutineAndListedInTheWeeklyNote() {
        open("");
        tick("lw-routine-type-serum");
        tick("lw-routine-type-toner");
        choose("lw-routine-often-toner", "weekly");
        assertEquals(List.of("Toner (weekly)", "Serum"), steps("am"));
        assertEquals(List.of("Toner (weekly)", "Serum"), steps("pm"));
        assertTrue(driver().findElement(By.id("lw-routine-weekly")).isDisplayed());
        assertEquals(List.of("Toner: Weekly, as you chose"), texts("#lw-routine-weekly-list li"));
    }

    @Test
    void aTypeThatNearlyAlwaysCarriesAnIngredientCountsAsThatIngredient() {
        open("");
        tick("lw-routine-type-toner");
        choose("lw-routine-time-toner", "pm");
        tick("lw-routine-ingredient-retinol");
        String warning = warnings().get(0);
        assertTrue(warning.startsWith("Keep apart: Retinol and Glycolic acid"), warning);
        assertTrue(warning.contains("Counted because Toner usually carries Glycolic acid."), warning);
    }

    @Test
    void theAddressCarriesTheSelectionAndReloadingItRestoresIt() {
        open("");
        tick("lw-routine-type-serum");
        choose("lw-routine-time-serum", "am");
        tick("lw-routine-ingredient-retinol");
        tick("lw-routine-ingredient-glycolic-acid");
        String shared = driver().getCurrentUrl();
        assertTrue(shared.startsWith(page + "?"), shared);
        assertTrue(shared.contains("type=serum&time-serum=am&often-serum=daily"), shared);
        assertTrue(shared.contains("ingredient=retinol&time-retinol=pm"), shared);
        assertFalse(shared.contains("toner"), "unticked choices stay out of the address: " + shared);

        browser.open("about:blank");
        open(shared.substring(page.length()));
        assertTrue(driver().findElement(By.id("lw-routine-type-serum")).isSelected());
        assertFalse(driver().findElement(By.id("lw-routine-type-toner")).isSelected());
        assertEquals("am", new Select(driver().findElement(By.id("lw-routine-time-serum")))
                .getFirstSelectedOption().getAttribute("value"));
        assertEquals(List.of("Serum"), steps("am"));
        assertEquals(1, texts("#lw-routine-warnings li.lw-routine__warning--conflict").size());
        assertEquals(shared, driver().getCurrentUrl());
    }

    @Test
    void keepsTheResultInViewOnAPhoneWhileTheReaderTicks() {
        driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
        try {
            open("?type=toner&time-toner=both&often-toner=daily&type=serum&time-serum=both&often-serum=daily");
            WebElement box = driver().findElement(By.id("lw-routine-type-toner"));
            ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'start'})", box);
            Number top = (Number) ((JavascriptExecutor) driver()).executeScript(
                    "return document.querySelector('.lw-routine__result').getBoundingClientRect().top");
            Number height = (Number) ((JavascriptExecutor) driver()).executeScript("return window.innerHeight");
            assertTrue(top.doubleValue() < height.doubleValue(), "the result is on screen: top " + top);
            assertEquals(List.of("Toner", "Serum"), steps("am"));
        } finally {
            driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    @Test
    void everythingWorksWithTheKeyboardAloneAndFocusStaysPut() {
        open("");
        tabTo("lw-routine-type-serum");
        press(Keys.SPACE);
        assertTrue(driver().findElement(By.id("lw-routine-type-serum")).isSelected());
        assertEquals("lw-routine-type-serum", focused(), "focus stays on the box after the result updates");
        press(Keys.TAB);
        assertEquals("lw-routine-time-serum", focused());
        press(Keys.ARROW_UP);
        press(Keys.ARROW_UP);
        assertEquals(List.of("Serum"), steps("am"));
        assertEquals(List.of(), steps("pm"));
        assertEquals("lw-routine-time-serum", focused());
        press(Keys.TAB);
        assertEquals("lw-routine-often-serum", focused());
        press(Keys.TAB);
        assertEquals("lw-routine-type-moisturizer", focused(), "the next box, not a control of an unticked type");
        press(Keys.SPACE);
        press(Keys.TAB);
        press(Keys.ARROW_UP);
        press(Keys.ARROW_UP);
        assertEquals(List.of("Serum", "Moisturizer"), steps("am"));

        tabTo("lw-routine-ingredient-retinol");
        press(Keys.SPACE);
        tabTo("lw-routine-ingredient-glycolic-acid");
        press(Keys.SPACE);
        assertTrue(warnings().get(0).startsWith("Keep apart: Retinol and Glycolic acid"));
        press(Keys.SPACE);
        assertEquals(List.of(), texts("#lw-routine-warnings li.lw-routine__warning--conflict"));
        assertEquals("lw-routine-ingredient-glycolic-acid", focused());
    }

    private static WebDriver driver() {
        return browser.driver();
    }

    /** Opens the builder with {@code query} ("" or "?type=serum…") and waits for the script to show it. */
    private static void open(String query) {
        browser.open(page + query);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lw-routine[data-ready]")));
    }

    private static void tick(String id) {
        driver().findElement(By.cssSelector("label[for=" + id + "]")).click();
    }

    private static void choose(String id, String value) {
        new Select(driver().findElement(By.id(id))).selectByValue(value);
    }

    private static List<String> steps(String routine) {
        return texts("#lw-routine-" + routine + " li");
    }

    private static List<String> warnings() {
        return texts("#lw-routine-warnings li");
    }

    private static String status() {
        return driver().findElement(By.id("lw-routine-status")).getText();
    }

    private static List<String> texts(String css) {
        return driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static void press(CharSequence key) {
        new Actions(driver()).sendKeys(key).perform();
    }

    private static String focused() {
        return driver().switchTo().activeElement().getAttribute("id");
    }

    /** Presses Tab until the element with {@code id} has focus, failing if it never gets there. */
    private static void tabTo(String id) {
        for (int presses = 0; presses < 80; presses++) {
            if (id.equals(focused())) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id + "; focus is on #" + focused());
    }
}
