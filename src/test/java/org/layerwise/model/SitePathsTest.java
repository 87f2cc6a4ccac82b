package org.layerwise.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SitePathsTest {

    @Test
    void namesEachKindOfPage() {
        assertEquals("types/serum/", SitePaths.type("serum"));
        assertEquals("types/serum/#lw-dispute-2", SitePaths.typeDispute("serum", 2));
        assertEquals("compare/serum-vs-ampoule/", SitePaths.comparison("serum-vs-ampoule"));
        assertEquals("ingredients/retinol/", SitePaths.ingredient("retinol"));
        assertEquals("ingredients/pairs/#retinol-aha", SitePaths.ingredientPair("retinol-aha"));
        assertEquals("articles/layering-order/", SitePaths.article("layering-order"));
        assertEquals("tags/basics/", SitePaths.tag("basics"));
        assertEquals("series/starting-out/", SitePaths.series("starting-out"));
        assertEquals("about/", SitePaths.page("about"));
        assertEquals("faq/#what-goes-first", SitePaths.faqEntry("what-goes-first"));
        assertEquals("glossary/#humectant", SitePaths.glossaryTerm("humectant"));
    }

    @Test
    void writesAFolderPageToItsIndexAndAFileToItself() {
        assertEquals("index.html", SitePaths.file(SitePaths.HOME));
        assertEquals("types/serum/index.html", SitePaths.file("types/serum/"));
        assertEquals("glossary/index.html", SitePaths.file("glossary/#humectant"));
        assertEquals("404.html", SitePaths.file(SitePaths.NOT_FOUND));
        assertEquals("feed.xml", SitePaths.file(SitePaths.FEED));
    }

    @Test
    void knowsHowDeepEachPageSits() {
        assertEquals("", SitePaths.root(SitePaths.HOME));
        assertEquals("", SitePaths.root(SitePaths.NOT_FOUND));
        assertEquals("../", SitePaths.root("faq/"));
        assertEquals("../", SitePaths.root("about/"));
        assertEquals("../../", SitePaths.root("types/serum/"));
        assertEquals("../../../", SitePaths.root("ingredients/pairs/x/"));
        assertEquals("../../", SitePaths.root("articles/a/#x"));
    }

    @Test
    void encodesLettersOutsideAsciiInAbsoluteAddresses() {
        assertEquals("articles/%EC%84%B8%EB%9F%BC/", SitePaths.encoded("articles/세럼/"));
        SiteSettings published = settings("https://example.org/lw");
        assertEquals("https://example.org/lw/types/serum/", SitePaths.address(published, "types/serum/"));
        assertEquals("https://example.org/lw/", SitePaths.address(published, SitePaths.HOME));
        assertEquals("", SitePaths.address(settings(""), "types/serum/"));
    }

    @Test
    void makesMarkedSitePathsRelativeToThePageOrAbsolute() {
        String marked = "<a href=\"" + SitePaths.ROOT_MARK + "types/serum/\">serum</a> <img src=\""
                + SitePaths.ROOT_MARK + "img/a.png\" alt=\"a\"> <a href=\"#x\">x</a>";
        assertEquals("<a href=\"types/serum/\">serum</a> <img src=\"img/a.png\" alt=\"a\"> <a href=\"#x\">x</a>",
                SitePaths.forPage(marked, SitePaths.HOME));
        assertEquals("<a href=\"../types/serum/\">serum</a> <img src=\"../img/a.png\" alt=\"a\"> <a href=\"#x\">x</a>",
                SitePaths.forPage(marked, "faq/"));
        assertEquals("<a href=\"../../types/serum/\">serum</a> <img src=\"../../img/a.png\" alt=\"a\"> <a href=\"#x\">x</a>",
                SitePaths.forPage(marked, "articles/a/"));
        assertEquals("<a href=\"https://example.org/lw/types/serum/\">serum</a> <img src=\"https://example.org/lw/img/a.png\""
                + " alt=\"a\"> <a href=\"#x\">x</a>", SitePaths.withRoot(marked, "https://example.org/lw/"));
        String plain = "<p>no site links</p>";
        assertTrue(SitePaths.forPage(plain, "types/serum/") == plain, "text without marks is returned as it is");
    }

    @Test
    void theRootMarkIsACharacterTextCanNeverHold() {
        assertTrue(TextCharacters.refused(SitePaths.ROOT_MARK));
        assertEquals("ab", TextCharacters.without("a" + SitePaths.ROOT_MARK + "b"));
    }

    @Test
    void findsThePageAContentFileMakes() {
        assertEquals(Optional.of("types/serum/"), SitePaths.ofContentFile("types", "serum"));
        assertEquals(Optional.of("ingredients/retinol/"), SitePaths.ofContentFile("ingredients", "retinol"));
        assertEquals(Optional.of("articles/a/"), SitePaths.ofContentFile("articles", "a"));
        assertEquals(Optional.of("about/"), SitePaths.ofContentFile("pages", "about"));
        assertEquals(Optional.of("about/"), SitePaths.ofContentFile("", "about"));
        assertEquals(Optional.empty(), SitePaths.ofContentFile("snippets", "not-medical-advice"));
    }

    private static SiteSettings settings(String baseUrl) {
        return new SiteSettings("Layerwise", "", "", "en", baseUrl, "", false, false, LocalDate.of(2026, 1, 1), "");
    }
}
