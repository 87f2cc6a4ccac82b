package org.layerwise.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.FixtureSite;
import org.layerwise.model.Body;
import org.layerwise.model.Heading;
import org.layerwise.model.Problem;
import org.layerwise.model.SiteContent;
import org.layerwise.plan.PageData.ArticlePage;
import org.layerwise.plan.PageData.HomePage;
import org.layerwise.plan.PageData.TypePage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planner on the minimal fixture site: which pages there are, at which addresses, showing what. */
class SitePlannerTest {

    @TempDir
    Path folder;

    private List<Problem> problems = new ArrayList<>();

    private SitePlan plan(FixtureSite site) {
        SiteContent content = FixtureSite.content(site.root(), site.output());
        problems = new ArrayList<>();
        return new SitePlanner(content).plan(problems);
    }

    private static Map<String, PlannedPage> byPath(SitePlan plan) {
        return plan.pages().stream().collect(Collectors.toMap(PlannedPage::path, Function.identity()));
    }

    @Test
    void everyPageHasItsOwnAddressAndTheRecordOfItsKind() {
        SitePlan plan = plan(FixtureSite.minimal(folder));
        assertEquals(List.of(), problems);
        Set<String> files = new HashSet<>();
        plan.pages().forEach(page -> assertTrue(files.add(page.file()), "one page per file: " + page.file()));
        Map<String, PlannedPage> pages = byPath(plan);
        assertInstanceOf(HomePage.class, pages.get("").data());
        assertEquals("index", pages.get("").kind());
        for (String type : List.of("serum", "toner", "moisturizer")) {
            PlannedPage page = pages.get("types/" + type + "/");
            TypePage data = assertInstanceOf(TypePage.class, page.data());
            assertEquals(type, data.type().id());
            assertEquals(List.of(new PlannedPage.Crumb("Home", ""), new PlannedPage.Crumb("Product types", "types/")),
                    page.crumbs());
            assertEquals("../../", page.root());
        }
        ArticlePage article = assertInstanceOf(ArticlePage.class, pages.get("articles/first-steps/").data());
        assertEquals(List.of(new Link("Toner", "types/toner/"), new Link("Serum", "types/serum/")), article.types());
        assertEquals(List.of(new Link("basics", "tags/basics/")), article.card().tags());
        assertTrue(pages.containsKey("tags/basics/"));
        assertTrue(pages.containsKey("compare/serum-vs-toner/") || pages.containsKey("compare/toner-vs-serum/"),
                "the comparison serum.yaml's compare_with asks for: " + pages.keySet());
        assertEquals("index.html", pages.get("").file());
        assertEquals("404.html", pages.get("404.html").file());
        assertEquals(Set.of("search-index.json", "routine-data.json"),
                plan.files().stream().map(DataFile::path).collect(Collectors.toSet()), "no feed without an address");
    }

    @Test
    void sectionDescriptionsAndHomeChoicesComeFromSiteYaml() {
        FixtureSite site = FixtureSite.minimal(folder);
        site.write("content/site.yaml", site.read("content/site.yaml")
                .replace("  articles: 4", "  articles: 1")
                .replace("  faq: Short answers", "  faq: Quick answers"));
        Map<String, PlannedPage> pages = byPath(plan(site));
        assertEquals(List.of(), problems);
        assertTrue(pages.get("faq/").description().startsWith("Quick answers"), pages.get("faq/").description());
        HomePage home = assertInstanceOf(HomePage.class, pages.get("").data());
        assertEquals(1, home.articles().size());
        assertTrue(home.featured().isPresent(), "the widest comparison when site.yaml names none");
    }

    @Test
    void aFeaturedComparisonThatDoesNotExistIsReportedAtItsLine() {
        FixtureSite site = FixtureSite.minimal(folder);
        site.write("content/site.yaml", site.read("content/site.yaml")
                .replace("home:\n", "home:\n  featured: serum-vs-tonr\n"));
        HomePage home = assertInstanceOf(HomePage.class, byPath(plan(site)).get("").data());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Path.of("content", "site.yaml"), problems.get(0).file());
        assertEquals(3, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("there is no comparison 'serum-vs-tonr'"), problems.toString());
        assertTrue(home.featured().isPresent(), "the widest comparison instead");
    }

    @Test
    void twoFilesWantingOneAddressAreReportedNamingBoth() {
        FixtureSite site = FixtureSite.minimal(folder);
        site.write("content/articles/second.md", "---\ntitle: \"Second\"\ndate: 2026-10-02\nsummary: \"S.\"\n"
                + "aliases: [/articles/first-steps/]\n---\n\nText.\n");
        plan(site);
        assertEquals(1, problems.size(), problems.toString());
        Problem clash = problems.get(0);
        assertEquals(Path.of("content", "articles", "second.md"), clash.file());
        assertTrue(clash.message().contains("/articles/first-steps/"), clash.message());
        assertTrue(clash.message().contains(Path.of("content", "articles", "first-steps.md").toString()), clash.message());
    }

    @Test
    void aPageThatTakesASectionsAddressIsReportedNamingBothFiles() {
        FixtureSite site = FixtureSite.minimal(folder);
        site.write("content/pages/glossary.md", "---\ntitle: \"Glossary\"\n---\n\nText.\n");
        plan(site);
        assertEquals(1, problems.size(), problems.toString());
        Problem clash = problems.get(0);
        assertEquals(Path.of("content", "glossary.yaml"), clash.file());
        assertTrue(clash.message().contains("/glossary/, which " + Path.of("content", "pages", "glossary.md")
                + " already uses"), clash.message());
    }

    @Test
    void anArticleGetsATableOfContentsFromThreeSecondLevelHeadings() {
        assertEquals(List.of(), SitePlanner.tableOfContents(withHeadings(2)));
        assertEquals(3, SitePlanner.tableOfContents(withHeadings(3)).size());
        Body mixed = new Body("", List.of(new Heading(2, "a", "A"), new Heading(3, "b", "B"), new Heading(2, "c", "C"),
                new Heading(3, "d", "D")), List.of(), 0, "");
        assertEquals(List.of(), SitePlanner.tableOfContents(mixed), "third-level headings do not count");
    }

    @Test
    void topicsCountTheirArticlesInWords() {
        assertEquals("1 article", SitePlanner.articleCount(1));
        assertEquals("3 articles", SitePlanner.articleCount(3));
    }

    @Test
    void theNavigationMarksTheSectionOfThePage() {
        SitePlan plan = plan(FixtureSite.minimal(folder));
        PlannedPage tag = byPath(plan).get("tags/basics/");
        List<NavItem> nav = SitePlanner.navigation(tag);
        assertEquals(List.of("Articles"), nav.stream().filter(NavItem::current).map(NavItem::label).toList());
        assertFalse(SitePlanner.navigation(byPath(plan).get("")).stream().anyMatch(NavItem::current));
    }

    private static Body withHeadings(int count) {
        return new Body("", IntStream.range(0, count).mapToObj(i -> new Heading(2, "h" + i, "H" + i)).toList(),
                List.of(), 0, "");
    }
}
