package org.layerwise.load;

import org.layerwise.markdown.MarkdownContext;
import org.layerwise.markdown.BodyRenderer;
import org.layerwise.model.Article;
import org.layerwise.model.Body;
import org.layerwise.model.Page;
import org.layerwise.model.Problem;
import org.layerwise.model.Status;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the lines of a Markdown file with YAML front matter into an {@link Article} (files under
 * {@code content/articles/}) or a {@link Page} (files under {@code content/pages/}).
 */
public final class MarkdownDocumentReader {

    static final Set<String> ARTICLE_KEYS = Set.of("title", "date", "updated", "summary", "tags", "types", "status",
            "series", "reviewed", "aliases");
    static final Set<String> PAGE_KEYS = Set.of("title", "summary", "updated", "aliases");
    private static final Pattern TAG = Slugs.KEBAB;

    private final BodyRenderer renderer;

    public MarkdownDocumentReader(BodyRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * Reads an article.
     *
     * @param shownAs the path messages show, e.g. {@code content/articles/x.md}
     * @throws ContentProblems with every problem in the file
     */
    public Article article(Path shownAs, List<String> lines) {
        List<Problem> problems = new ArrayList<>();
        String slug = slug(shownAs, problems);
        FrontMatter parts = split(shownAs, lines, problems);
        YamlDocument document = new YamlDocument(shownAs, parts.yamlFirstLine(), false, problems);
        Fields fields = fields(document, parts, ARTICLE_KEYS, problems);
        String title = fields.text("title");
        LocalDate date = fields.requiredDate("date", LocalDate.EPOCH);
        Optional<LocalDate> updated = fields.date("updated");
        if (updated.isPresent() && updated.get().isBefore(date)) {
            fields.report("updated", "updated " + updated.get() + " is before date " + date);
        }
        String summary = fields.optionalText("summary").orElse("");
        List<String> tags = fields.words("tags", TAG, Slugs.KEBAB_SHAPE);
        List<String> types = fields.texts("types");
        Status status = fields.optionalChoice("status", Status.class).orElse(Status.PUBLISHED);
        Optional<String> series = fields.optionalText("series");
        series.filter(s -> !TAG.matcher(s).matches())
                .ifPresent(s -> fields.report("series", "series '" + s + "' must be " + Slugs.KEBAB_SHAPE));
        Optional<LocalDate> reviewed = fields.date("reviewed");
        if (reviewed.isPresent() && reviewed.get().isBefore(date)) {
            fields.report("reviewed", "reviewed " + reviewed.get() + " is before date " + date);
        }
        List<String> aliases = aliases(fields);
        Body body = renderer.render(parts.body(), new MarkdownContext(shownAs, parts.bodyFirstLine()),
                problems);
        throwIfAny(problems);
        return new Article(slug, title, date, updated, summary, tags, types, status, series, reviewed, body,
                document.origin(), aliases);
    }

    /**
     * Reads a standalone page.
     *
     * @throws ContentProblems with every problem in the file
     */
    public Page page(Path shownAs, List<String> lines) {
        List<Problem> problems = new ArrayList<>();
        String slug = slug(shownAs, problems);
        FrontMatter parts = split(shownAs, lines, problems);
        YamlDocument document = new YamlDocument(shownAs, parts.yamlFirstLine(), false, problems);
        Fields fields = fields(document, parts, PAGE_KEYS, problems);
        String title = fields.text("title");
        String summary = fields.optionalText("summary").orElse("");
        Optional<LocalDate> updated = fields.date("updated");
        List<String> aliases = aliases(fields);
        Body body = renderer.render(parts.body(), new MarkdownContext(shownAs, parts.bodyFirstLine()),
                problems);
        throwIfAny(problems);
        return new Page(slug, title, summary, updated, body, document.origin(), aliases);
    }

    /** The old addresses that redirect here, each checked by {@link Aliases#problemWith}. */
    private static List<String> aliases(Fields fields) {
        List<String> aliases = fields.texts("aliases");
        for (int i = 0; i < aliases.size(); i++) {
            int index = i;
            Aliases.problemWith(aliases.get(i)).ifPresent(problem -> fields.reportItem("aliases", index, problem));
        }
        return aliases;
    }

    private static String slug(Path shownAs, List<Problem> problems) {
        String slug = Slugs.baseName(shownAs.getFileName().toString());
        if (!Slugs.isAddress(slug)) {
            String suggested = Slugs.of(slug);
            problems.add(Problem.at(shownAs, 0, "file name '" + slug + "' must be " + Slugs.ADDRESS_SHAPE
                    + ": it becomes the page address" + (suggested.isEmpty() ? "" : "; try '" + suggested + ".md'")));
        }
        return slug;
    }

    private static FrontMatter split(Path shownAs, List<String> lines, List<Problem> problems) {
        Optional<FrontMatter> parts = FrontMatter.split(lines);
        if (parts.isEmpty()) {
            problems.add(Problem.at(shownAs, 1, FrontMatter.problemWith(lines)));
            throw new ContentProblems(problems);
        }
        return parts.get();
    }

    private static Fields fields(YamlDocument document, FrontMatter parts, Set<String> keys, List<Problem> problems) {
        Optional<Node> root = document.parse(parts.yaml());
        if (root.isEmpty()) {
            if (parts.yaml().isBlank()) {
                problems.add(Problem.at(document.file(), parts.yamlFirstLine(),
                        "front matter is empty: it needs at least title: and date:"));
            }
            throw new ContentProblems(problems);
        }
        return new Fields(document, root.get(), "", keys);
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ContentProblems(problems);
        }
    }
}
