package org.layerwise.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.FixtureSite;
import org.layerwise.jbake.JBakeProject;
import org.layerwise.model.Problem;
import org.layerwise.model.SiteSettings;
import org.layerwise.plan.ArticleCard;
import org.layerwise.plan.Link;
import org.layerwise.plan.PageData;
import org.layerwise.plan.PlannedPage;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One page record through the site's real templates, read back as the HTML tree a browser builds. */
class SiteRendererTest {

    private static final SiteSettings SETTINGS = new SiteSettings("Layerwise", "What goes on first", "A guide.", "en",
            "", "", false, false, LocalDate.of(2026, 12, 1), "");

    @TempDir
    Path folder;

    private Document render(PlannedPage page) {
        FixtureSite site = FixtureSite.minimal(folder);
        JBakeProject project = JBakeProject.open(site.root(), site.output());
        SiteRenderer renderer = new SiteRenderer(project, new PageTemplateEngine(project));
        List<Problem> problems = new ArrayList<>();
        String html = renderer.renderPage(page, SETTINGS, problems).orElseThrow(() -> new AssertionError(problems));
        assertEquals(List.of(), problems);
        return Jsoup.parse(html);
    }

    @Test
    void aTopicsPageShowsEachTopicWithTheLinkAndCountItIsGiven() {
        Document doc = render(new PlannedPage("tags/", "Topics", "Every topic.", null,
                List.of(new PlannedPage.Crumb("Home", ""), new PlannedPage.Crumb("Articles", "articles/")),
                new PageData.TagsPage(List.of(new PageData.TopicEntry("acids", "tags/acids/", "1 article"),
                        new PageData.TopicEntry("basics", "tags/basics/", "3 articles")))));
        assertEquals("Topics", doc.selectFirst("main h1").text());
        assertEquals("Every topic.", doc.selectFirst("main .lw-lead").text());
        List<Element> items = doc.select(".lw-topics li");
        assertEquals(2, items.size());
        assertEquals("../tags/acids/", items.get(0).selectFirst("a").attr("href"));
        assertEquals("acids 1 article", items.get(0).text());
        assertEquals("basics 3 articles", items.get(1).text());
        assertEquals(List.of("../", "../articles/"), doc.select(".lw-breadcrumbs a").eachAttr("href"));
        assertEquals("Topics", doc.selectFirst(".lw-breadcrumbs [aria-current=page]").text());
        Element current = doc.selectFirst(".lw-nav [aria-current]");
        assertEquals("Articles", current.text(), "tags belong to the articles section");
        assertEquals("true", current.attr("aria-current"));
    }

    @Test
    void aHomePageWithoutAFeaturedComparisonLeavesItsSectionOut() {
        ArticleCard card = new ArticleCard("first", "articles/first/", "First <steps>", "Where to begin.", "2026-10-01",
                "1 October 2026", "2026-10-01", "1 October 2026", false, 3, List.of(new Link("basics", "tags/basics/")),
                false, false);
        Document doc = render(new PlannedPage("", "Layerwise", "A guide.", null, List.of(),
                new PageData.HomePage(List.of(), Optional.empty(), List.of(card), 7)));
        assertNull(doc.getElementById("lw-home-compare"), "an empty Optional is no variable");
        Element title = doc.selectFirst(".lw-cards .lw-card__title");
        assertEquals("h3", title.tagName());
        assertEquals("First <steps>", title.text());
        assertEquals("articles/first/", title.selectFirst("a").attr("href"));
        assertEquals("page", doc.selectFirst(".lw-header__brand").attr("aria-current"));
        assertTrue(doc.select(".lw-diagram-pair").first().children().isEmpty());
    }

    @Test
    void aRedirectSendsReadersToTheTargetItIsGiven() {
        Document doc = render(new PlannedPage("types/old/", "Serum", "Serum has moved.", null, List.of(),
                new PageData.RedirectPage("types/serum/", "")));
        assertEquals("0; url=../../types/serum/", doc.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("../../types/serum/", doc.selectFirst("main a").attr("href"));
        assertNull(doc.selectFirst("link[rel=canonical]"), "no address known, no canonical link");
        assertNotNull(doc.selectFirst("meta[name=robots][content=noindex]"));
    }
}
