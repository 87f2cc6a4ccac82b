package org.layerwise.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.markdown.LinkTargets;
import org.layerwise.markdown.MarkdownContext;
import org.layerwise.markdown.MarkdownRenderer;
import org.layerwise.model.Body;
import org.layerwise.model.Problem;
import org.layerwise.model.SitePaths;
import org.layerwise.plan.PageData;
import org.layerwise.plan.PlannedPage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The link check on pages made of a Markdown body: each broken link reported once, at the line of
 * the Markdown file that wrote it, whatever page shows the body and however deep it sits.
 */
class LinkCheckerTest {

    private static final Path FILE = Path.of("content/articles/a.md");
    /** The line of the file on which the body starts, after the front matter. */
    private static final int FIRST_LINE = 5;
    private static final String MARKDOWN = """
            A [good link](/articles/b/#top).

            A [missing page](/articles/missing/).

            A [missing anchor](/articles/b/#nowhere).

            A [page left out](/articles/left-out/) for its own problems.

            A [place](#nothing-here) on the page.
            """;

    @TempDir
    Path output;

    private final Body body = new MarkdownRenderer(new LinkTargets(Set.of(), Set.of()), Path.of("assets"))
            .render(MARKDOWN, new MarkdownContext(FILE, FIRST_LINE), new ArrayList<>());
    private final PlannedPage article = page(SitePaths.article("a"), body);
    private final PlannedPage target = page(SitePaths.article("b"), Body.EMPTY);

    @Test
    void reportsEachBrokenLinkAtItsMarkdownLine() {
        LinkOrigins origins = new LinkOrigins(Map.of(article.path(), origins(body)), List.of(),
                Set.of(SitePaths.article("left-out")));
        assertEquals(List.of(
                        Problem.at(FILE, FIRST_LINE + 2, "broken link to /articles/missing/: no such page or file"),
                        Problem.at(FILE, FIRST_LINE + 4,
                                "broken link to /articles/b/#nowhere: no element with id 'nowhere' on that page"),
                        Problem.at(FILE, FIRST_LINE + 8,
                                "broken link '#nothing-here' on /articles/a/: no element with id 'nothing-here' on that page")),
                check(List.of(article, target), origins));
    }

    @Test
    void aBodyShownOnAnotherPageIsFoundThereByItsLinks() {
        // an FAQ answer or a type's description is shown, one level up, on a page that is not its own
        PlannedPage faq = page(SitePaths.FAQ, Body.EMPTY);
        LinkOrigins origins = new LinkOrigins(Map.of(), List.of(new LinkOrigins.Written(FILE, body)),
                Set.of(SitePaths.article("left-out")));
        List<Problem> problems = new ArrayList<>();
        checker().check(List.of(faq, target), Map.of(target.file(), read(target, html(target, "")),
                faq.file(), read(faq, html(faq, body.htmlAt(faq.path())))), origins, problems);
        assertEquals(List.of(FIRST_LINE + 2, FIRST_LINE + 4, FIRST_LINE + 8),
                problems.stream().sorted(Problem.IN_FILE_ORDER).map(Problem::line).toList());
        problems.forEach(problem -> assertEquals(FILE, problem.file()));
    }

    @Test
    void aLinkToAPageLeftOutIsReportedOnlyWithItsOwnFile() {
        LinkOrigins none = new LinkOrigins(Map.of(article.path(), origins(body)), List.of(), Set.of());
        List<Problem> problems = check(List.of(article, target), none);
        assertEquals(4, problems.size(), "with nothing left out, the link to it is broken too: " + problems);
        assertEquals(Problem.at(FILE, FIRST_LINE + 6, "broken link to /articles/left-out/: no such page or file"),
                problems.get(2));
    }

    @Test
    void aLinkNoMarkdownWroteIsBlamedOnTheTemplate() {
        List<Problem> problems = new ArrayList<>();
        checker().check(List.of(target), Map.of(target.file(),
                        read(target, html(target, "<a href=\"../../nowhere/\">made by a template</a>"))),
                new LinkOrigins(Map.of(), List.of(), Set.of()), problems);
        assertEquals(List.of(Problem.at(Path.of("templates"), 0, "broken link '../../nowhere/' on /articles/b/:"
                + " no such page or file (made by the template for 'search' pages)")), problems);
    }

    private List<Problem> check(List<PlannedPage> pages, LinkOrigins origins) {
        Map<String, PageScans.Scan> written = new HashMap<>();
        for (PlannedPage page : pages) {
            written.put(page.file(), read(page, html(page, page.body().htmlAt(page.path()))));
        }
        List<Problem> problems = new ArrayList<>();
        checker().check(pages, written, origins, problems);
        return problems.stream().sorted(Problem.IN_FILE_ORDER).toList();
    }

    /** The page read as the render stage reads each page it writes. */
    private static PageScans.Scan read(PlannedPage page, String html) {
        return new PageScans(PageReader.PARSING).read(page, html);
    }

    private LinkChecker checker() {
        return new LinkChecker(output, Set.of("index.html", SitePaths.file(article.path()), SitePaths.file(target.path()),
                SitePaths.file(SitePaths.FAQ)), Set.of(), new PageScans(PageReader.PARSING));
    }

    private static List<LinkOrigin> origins(Body body) {
        return body.links().stream().map(link -> new LinkOrigin(FILE, link)).toList();
    }

    private static PlannedPage page(String path, Body body) {
        return new PlannedPage(path, "A page", "", FILE, List.of(), new PageData.SearchPage(), body);
    }

    /** A page as a template writes it: a heading with an id, then the body. */
    private static String html(PlannedPage page, String body) {
        return "<!DOCTYPE html><html><head><title>" + page.title() + "</title></head><body><main>"
                + "<h1 id=\"top\">" + page.title() + "</h1>" + body + "</main></body></html>";
    }
}
