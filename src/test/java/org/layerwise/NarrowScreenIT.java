package org.layerwise;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On a 360 px wide phone no page scrolls sideways: wide tables scroll inside their own region. */
class NarrowScreenIT {

    @TempDir
    static Path folder;

    static SiteInBrowser served;
    static Browser browser;

    @BeforeAll
    static void start() {
        served = SiteInBrowser.serve(FixtureSite.real(folder), "");
        browser = served.browser();
        browser.driver().manage().window().setSize(new Dimension(360, 800));
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "compare/", "compare/essence-vs-serum-vs-ampoule/", "layering/", "types/serum/",
            "articles/serum-vs-ampoule/", "routine/", "faq/", "glossary/", "search/?q=serum"})
    void doesNotScrollSideways(String page) {
        browser.open(served.url(page));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        long viewport = (Long) js.executeScript("return document.documentElement.clientWidth");
        long content = (Long) js.executeScript("return document.documentElement.scrollWidth");
        assertTrue(viewport <= 360, "viewport " + viewport);
        assertEquals(viewport, content, "/" + page + " is wider than the screen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"compare/essence-vs-serum-vs-ampoule/"})
    void letsAWideTableScrollInsideItsRegion(String page) {
        browser.open(served.url(page));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Boolean scrolls = (Boolean) js.executeScript(
                "const r = document.querySelector('.lw-table-scroll'); return r.scrollWidth > r.clientWidth");
        assertTrue(scrolls, "the comparison table scrolls inside its region");
    }

    @Test
    void showsTheTableOfAllTypesAsCardsThatNeedNoSidewaysScrolling() {
        browser.open(served.url("compare/"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertEquals("none", js.executeScript(
                "return getComputedStyle(document.querySelector('.lw-table-scroll--all')).display"));
        Number cards = (Number) js.executeScript("return [...document.querySelectorAll('.lw-compare-card')]"
                + ".filter(c => c.getBoundingClientRect().height > 0 && c.scrollWidth <= c.clientWidth).length");
        assertEquals(15, cards.intValue());
    }
}
