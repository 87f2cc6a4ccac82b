package org.layerwise.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.FixtureSite;
import org.layerwise.jbake.JBakeProject;
import org.layerwise.model.Problem;
import org.layerwise.model.SiteContent;
import org.layerwise.plan.BodyPart;
import org.layerwise.render.PageTemplateEngine;
import org.layerwise.plan.PlannedPage;
import org.layerwise.plan.SitePlanner;
import org.layerwise.render.SiteRenderer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The link check reads a page that shows a Markdown body as two texts: the body, on its own
 * (the same text wherever it is shown, so read once), and the rest of the page. On every page of
 * the real site, that must give what reading the whole page gives.
 */
class PageScansOfRealSiteTest {

    @TempDir
    Path folder;

    @Test
    void aPageReadWithoutItsBodyHasTheLinksAndIdsOfTheWholePage() {
        FixtureSite site = FixtureSite.real(folder);
        SiteContent content = FixtureSite.content(site.root(), site.output());
        List<Problem> problems = new ArrayList<>();
        List<PlannedPage> pages = new SitePlanner(content).plan(problems).pages();
        JBakeProject jbake = JBakeProject.open(site.root(), site.output());
        SiteRenderer renderer = new SiteRenderer(jbake, new PageTemplateEngine(jbake));
        int compared = 0;
        for (PlannedPage page : pages) {
            if (page.body().html().isEmpty()) {
                continue;
            }
            String html = renderer.renderPage(page, content.settings(), problems).orElseThrow();
            for (BodyPart part : BodyPart.split(page.body().htmlAt(page.path()))) {
                if (part.html().isEmpty()) {
                    continue;
                }
                int at = html.indexOf(part.html());
                assertTrue(at >= 0 && html.indexOf(part.html(), at + 1) < 0,
                        "the body is cut out, not read again, on /" + page.path());
            }
            PageScans.Scan whole = new PageScans(PageReader.PARSING).scan(html);
            PageScans.Scan split = new PageScans(PageReader.PARSING).read(page, html);
            assertEquals(whole.ids(), split.ids(), page.path());
            assertEquals(whole.links().stream().sorted().toList(), split.links().stream().sorted().toList(), page.path());
            compared++;
        }
        assertEquals(List.of(), problems);
        assertTrue(compared > 25, "articles, type pages and pages compared: " + compared);
    }
}
