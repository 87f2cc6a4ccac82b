package org.layerwise.markdown;

import org.layerwise.model.SourcePolicy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.layerwise.model.Body;
import org.layerwise.model.Problem;
import org.layerwise.model.SitePaths;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Markdown rendered the way an article body is: shown at {@code /articles/a/}, starting on line
 * {@value #FIRST_LINE} of its file, with the types serum and ampoule and the term humectant known.
 */
record ArticleRendering(Body body, List<Problem> problems) {

    static final Path FILE = Path.of("content/articles/a.md");
    static final int FIRST_LINE = 10;
    /** The page the body is shown on, as an article is. */
    static final String PAGE = SitePaths.article("a");

    static ArticleRendering of(String markdown) {
        return of(markdown, Path.of("assets"));
    }

    static ArticleRendering of(String markdown, Path assets) {
        List<Problem> problems = new ArrayList<>();
        MarkdownRenderer renderer = new MarkdownRenderer(new LinkTargets(Set.of("serum", "ampoule"), Set.of("humectant"), Set.of("vitamin-c", "niacinamide"),
                SourcePolicy.NO_REFUSED_HOSTS), assets);
        Body body = renderer.render(markdown, new MarkdownContext(FILE, FIRST_LINE), problems);
        return new ArticleRendering(body, problems);
    }

    String html() {
        return body.htmlAt(PAGE);
    }

    /** The body of the HTML, parsed, for asserting on its structure. */
    Element dom() {
        return Jsoup.parseBodyFragment(html()).body();
    }

    /** The file line of the only problem, failing when there is not exactly one. */
    int problemLine() {
        return onlyProblem().line();
    }

    Problem onlyProblem() {
        if (problems.size() != 1) {
            throw new AssertionError("expected one problem, got " + problems);
        }
        Problem problem = problems.get(0);
        if (!problem.file().equals(FILE)) {
            throw new AssertionError("problem in the wrong file: " + problem);
        }
        return problem;
    }
}
