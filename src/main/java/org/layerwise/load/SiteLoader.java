package org.layerwise.load;

import org.layerwise.jbake.JBakeProject;
import org.layerwise.markdown.BodyRenderer;
import org.layerwise.markdown.LinkTargets;
import org.layerwise.markdown.MarkdownContext;
import org.layerwise.markdown.MarkdownRenderer;
import org.layerwise.markdown.Snippets;
import org.layerwise.model.Article;
import org.layerwise.model.ComparisonIntro;
import org.layerwise.model.FaqEntry;
import org.layerwise.model.GlossaryTerm;
import org.layerwise.model.Page;
import org.layerwise.model.Problem;
import org.layerwise.model.ProductType;
import org.layerwise.model.Ingredient;
import org.layerwise.model.IngredientPair;
import org.layerwise.model.Treatment;
import org.layerwise.model.SiteContent;
import org.layerwise.model.SiteCopy;
import org.layerwise.model.SitePaths;
import org.layerwise.model.SiteSettings;
import org.layerwise.model.SourcePolicy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the whole {@code content/} folder: product types, glossary, FAQ, articles and pages.
 * Every problem in every file is collected; nothing stops at the first.
 *
 * <pre>
 * content/types/&lt;id&gt;.yaml     product types
 * content/treatments/&lt;id&gt;.yaml  treatment steps (retinoid…): where they go
 * content/glossary.yaml        glossary terms
 * content/faq.yaml             questions and answers
 * content/site.yaml            the site's own copy: home page choices, section page descriptions
 * content/refused-sources.yaml hosts no source may cite (optional)
 * content/ingredients/&lt;id&gt;.yaml  ingredients
 * content/ingredient-pairs.yaml     what is known about using ingredients together (optional)
 * content/articles/&lt;slug&gt;.md  articles, also in sub-folders (the address is /articles/&lt;slug&gt;/ all the same)
 * content/pages/&lt;slug&gt;.md     standalone pages (about)
 * content/snippets/&lt;name&gt;.md  reusable Markdown blocks, placed with {{snippet name}}
 * content/comparisons/&lt;id&gt;.md  an editor's introduction to the comparison page /compare/&lt;id&gt;/
 * </pre>
 */
public final class SiteLoader {

    /** Files in content/'s folders that the build reads; see {@link #reportStrayFiles}. */
    private static final Pattern EXPECTED_IN_FOLDERS = Pattern.compile(
            "(types|ingredients|treatments)/[^/]+\\.yaml|articles/(?:[^/.][^/]*/)*[^/]+\\.md|(pages|snippets|comparisons)/[^/]+\\.md");

    private final Path project;
    private final JBakeProject jbake;
    private final ContentReader reader;
    private final BodyRenderer.Decorator bodies;
    /** Files of the last {@link #load} that exist but gave no record, for their problems. */
    private final Set<Path> leftOut = ConcurrentHashMap.newKeySet();

    /**
     * @param reader how each content file is read into its record: {@link ContentReader#DIRECT}, or
     *               a decorator that reuses the records of files that did not change (the preview
     *               server keeps one between rebuilds)
     * @param bodies what the Markdown renderer of a load is wrapped in (a cache of the bodies of
     *               earlier loads and runs), or {@link BodyRenderer.Decorator#NONE}
     */
    public SiteLoader(Path project, JBakeProject jbake, ContentReader reader, BodyRenderer.Decorator bodies) {
        this.project = project.toAbsolutePath().normalize();
        this.jbake = jbake;
        this.reader = reader;
        this.bodies = bodies;
    }

    /**
     * Loads the site.
     *
     * @param settings site settings (drafts are kept only in preview)
     * @param problems where every problem is added
     */
    public SiteContent load(SiteSettings settings, List<Problem> problems) {
        leftOut.clear();
        Path content = contentFolder();
        if (!Files.isDirectory(content)) {
            problems.add(Problem.at(shown(content), 0, "content folder not found"));
            return new SiteContent(settings, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        BaseUrl.problemWith(settings.baseUrl()).ifPresent(problem ->
                problems.add(Problem.at(Path.of("jbake.properties"), 0, "site.host " + problem)));
        FeedIds.problemWith(settings.siteId()).ifPresent(problem ->
                problems.add(Problem.at(Path.of("jbake.properties"), 0, "site.id " + problem)));
        String repository = text("site.repository", "").strip().replaceAll("/+$", "");
        if (!repository.isEmpty()) {
            repositoryProblem(repository).ifPresent(problem ->
                    problems.add(Problem.at(Path.of("jbake.properties"), 0, "site.repository " + problem)));
        }
        Path typesFolder = content.resolve("types");
        Path glossaryFile = content.resolve("glossary.yaml");
        Path faqFile = content.resolve("faq.yaml");
        reportStrayFiles(content, problems);

        List<Path> typeFiles = files(typesFolder, ".yaml");
        LinkTargets targets = linkTargets(problems);
        Snippets snippets = snippets(problems);
        String context = ContextFingerprint.of(targets.typeIds(), targets.termIds(), targets.ingredientIds(),
                assetsFolder()) + "\nrefused " + targets.sources().fingerprint() + "\nsnippets " + snippets.fingerprint();
        BodyRenderer renderer = bodies.around(new MarkdownRenderer(targets, assetsFolder(), snippets), context);
        // each snippet's own problems, once, whatever number of pages place it
        snippets.byName().values().forEach(snippet ->
                renderer.render(snippet.markdown(), new MarkdownContext(snippet.file(), 1), problems));

        // Every file is independent: the data files load on one core while the Markdown files
        // start on the other, which takes over data files' work when it is done. Problems are
        // sorted when reported, so the order they are found in does not matter.
        List<Problem> found = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<List<ProductType>> types = CompletableFuture.supplyAsync(() -> typeFiles.stream()
                .flatMap(file -> loadData(file, context, found, (text, problemsOf) ->
                        new ProductTypeLoader(renderer, problemsOf).load(shown(file), text)).stream())
                .toList());
        CompletableFuture<List<GlossaryTerm>> glossary = CompletableFuture.supplyAsync(() ->
                loadData(glossaryFile, context, found, (text, problemsOf) -> Optional.of(
                        new GlossaryLoader(problemsOf).load(shown(glossaryFile), text, renderer))).orElse(List.of()));
        CompletableFuture<List<FaqEntry>> faq = CompletableFuture.supplyAsync(() ->
                loadData(faqFile, context, found, (text, problemsOf) -> Optional.of(
                        new FaqLoader(problemsOf).load(shown(faqFile), text, renderer))).orElse(List.of()));

        MarkdownFiles markdown = new MarkdownFiles(project, jbake.contentEncoding(), new MarkdownDocumentReader(renderer));
        GitDates git = GitDates.of(project, project.relativize(content));
        List<Article> articles = parseArticles(markdown, filesBelow(content.resolve("articles"), ".md"), context, settings, found)
                .stream()
                .filter(a -> settings.unpublished() || settings.publishes(a))
                .map(a -> a.updated().isPresent() ? a : git.lastCommit(a.origin().file())
                        .filter(day -> day.isAfter(a.date())).map(a::withUpdated).orElse(a))
                .toList();
        List<Page> pages = parseAll(markdown, files(content.resolve("pages"), ".md"), context, found).stream()
                .map(Page.class::cast).toList();
        List<Ingredient> ingredients = files(content.resolve("ingredients"), ".yaml").stream()
                .flatMap(file -> loadData(file, context, found, (text, problemsOf) ->
                        new IngredientLoader(problemsOf, targets.sources()).load(shown(file), text)).stream())
                .toList();
        Path pairsFile = content.resolve("ingredient-pairs.yaml");
        List<IngredientPair> pairs = loadData(pairsFile, context, found, (text, problemsOf) ->
                Optional.of(new IngredientPairsLoader(problemsOf, targets.sources()).load(shown(pairsFile), text))).orElse(List.of());
        List<Treatment> treatments = files(content.resolve("treatments"), ".yaml").stream()
                .flatMap(file -> loadData(file, context, found, (text, problemsOf) ->
                        new TreatmentLoader(problemsOf, targets.sources()).load(shown(file), text)).stream())
                .toList();
        List<ComparisonIntro> intros = files(content.resolve("comparisons"), ".md").stream()
                .flatMap(file -> read(file, found).map(text -> new ComparisonIntro(
                        Slugs.baseName(file.getFileName().toString()), shown(file),
                        renderer.render(text, new MarkdownContext(shown(file), 1), found))).stream())
                .toList();
        Path copyFile = content.resolve("site.yaml");
        if (!Files.isRegularFile(copyFile)) {
            found.add(Problem.at(shown(copyFile), 0, "missing: this file holds the home page's choices and the section"
                    + " pages' descriptions (see docs/EDITING.md, \"Site copy\")"));
        }
        SiteCopy copy = loadData(copyFile, context, found, (text, problemsOf) ->
                Optional.of(new SiteCopyLoader(problemsOf).load(shown(copyFile), text))).orElse(SiteCopy.NONE);
        SiteContent site = new SiteContent(settings, result(types), articles, pages, result(faq), result(glossary),
                ingredients, pairs, treatments, intros, copy);
        problems.addAll(found);
        return site;
    }

    /**
     * The addresses of the pages that the last {@link #load} left out because their files,
     * which exist, could not be read for their problems (a Markdown file whose front matter
     * fails, a YAML file that is no mapping): links to them are not broken, only waiting.
     */
    public Set<String> leftOutPages() {
        Path content = contentFolder();
        Set<String> pages = new TreeSet<>();
        for (Path file : leftOut) {
            Path relative = content.relativize(file);
            String name = Slugs.baseName(file.getFileName().toString());
            String folder = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
            SitePaths.ofContentFile(folder, name).ifPresent(pages::add);
        }
        return pages;
    }

    /**
     * The ids of the files in {@code folder} (types, ingredients) that the last {@link #load} left
     * out: other files may name them.
     */
    public Set<String> leftOutIds(String folder) {
        Path types = contentFolder().resolve(folder);
        return leftOut.stream().filter(file -> types.equals(file.getParent()))
                .map(file -> Slugs.baseName(file.getFileName().toString())).collect(Collectors.toSet());
    }

    /**
     * The ids Markdown links may name: every type and ingredient file's id and every glossary
     * term's id, read before anything is rendered so that any text may link to any of them, and the
     * hosts sources may not be on. Problems in those files are reported when the site is loaded,
     * not here.
     */
    public LinkTargets linkTargets() {
        return linkTargets(new ArrayList<>());
    }

    /** The link targets; problems in the refused-sources file go to {@code problems}. */
    private LinkTargets linkTargets(List<Problem> problems) {
        Path content = contentFolder();
        Set<String> typeIds = files(content.resolve("types"), ".yaml").stream()
                .map(f -> Slugs.baseName(f.getFileName().toString())).collect(Collectors.toSet());
        Set<String> ingredientIds = files(content.resolve("ingredients"), ".yaml").stream()
                .map(f -> Slugs.baseName(f.getFileName().toString())).collect(Collectors.toSet());
        Path glossaryFile = content.resolve("glossary.yaml");
        List<Problem> reportedLater = new ArrayList<>();
        Set<String> termIds = read(glossaryFile, reportedLater)
                .map(text -> new GlossaryLoader(reportedLater).ids(shown(glossaryFile), text)).orElse(Set.of());
        Path refusedFile = content.resolve("refused-sources.yaml");
        SourcePolicy sources = read(refusedFile, problems)
                .map(text -> new RefusedSourcesLoader(problems).load(shown(refusedFile), text))
                .orElse(SourcePolicy.NO_REFUSED_HOSTS);
        return new LinkTargets(typeIds, termIds, ingredientIds, sources);
    }

    /** The renderer all of the site's Markdown goes through, with images from the assets folder and the snippets. */
    public MarkdownRenderer markdownRenderer(LinkTargets targets) {
        return new MarkdownRenderer(targets, assetsFolder(), snippets(new ArrayList<>()));
    }

    /** The snippets in content/snippets/, by name; unreadable ones are reported to {@code problems}. */
    private Snippets snippets(List<Problem> problems) {
        Map<String, Snippets.Snippet> byName = new TreeMap<>();
        for (Path file : files(contentFolder().resolve("snippets"), ".md")) {
            read(file, problems).ifPresent(text -> byName.put(Slugs.baseName(file.getFileName().toString()),
                    new Snippets.Snippet(shown(file), text)));
        }
        return new Snippets(byName);
    }

    private Path contentFolder() {
        return jbake.contentFolder().toAbsolutePath().normalize();
    }

    private Path assetsFolder() {
        return jbake.assetFolder().toAbsolutePath().normalize();
    }

    /** Reads site settings from jbake.properties; {@code baseUrl} from the command line wins. */
    public SiteSettings settings(Optional<String> baseUrl, boolean preview) {
        String fromConfig = text("site.host", "");
        String base = baseUrl.orElse(fromConfig).strip().replaceAll("/+$", "");
        return new SiteSettings(
                text("site.title", "Layerwise"),
                text("site.tagline", ""),
                text("site.description", ""),
                text("site.language", "en"),
                base,
                siteId(),
                preview,
                preview,
                LocalDate.now(ZoneOffset.UTC),
                editBase());
    }

    /** site.id, which JBake's configuration splits at its comma: the parts joined again as they were. */
    private String siteId() {
        return jbake.parts("site.id").map(parts -> parts.stream().map(String::strip).collect(Collectors.joining(",")))
                .orElse("");
    }

    /**
     * Where "Edit this page" links point: {@code site.repository} (a GitHub repository's address)
     * and {@code site.branch} (default {@code main}) as {@code <repository>/edit/<branch>/}; empty
     * when no repository is named or it is not an https address with a host (which the load
     * reports).
     */
    private String editBase() {
        String repository = text("site.repository", "").strip().replaceAll("/+$", "");
        if (repository.isEmpty() || repositoryProblem(repository).isPresent()) {
            return "";
        }
        String branch = text("site.branch", "main").strip();
        return repository + "/edit/" + (branch.isEmpty() ? "main" : branch) + "/";
    }

    private static Optional<String> repositoryProblem(String repository) {
        return BaseUrl.problemWith(repository).or(() -> repository.startsWith("https://") ? Optional.empty()
                : Optional.of("'" + repository + "' must be an https:// address, like https://github.com/owner/repo"));
    }

    /** A text setting. JBake's configuration splits values at commas, so the parts are joined again. */
    private String text(String key, String fallback) {
        return jbake.parts(key).map(parts -> String.join(", ", parts)).orElse(fallback);
    }

    /**
     * Parses Markdown files on all cores (each file is independent, and the reader and
     * flexmark's parser keep no per-file state), keeping the files' order in the result.
     */
    private List<Object> parseAll(MarkdownFiles markdown, List<Path> files, String context, List<Problem> problems) {
        List<ContentReader.Read> results = files.parallelStream().map(file -> parse(markdown, file, context)).toList();
        results.forEach(read -> problems.addAll(read.problems()));
        return results.stream().flatMap(read -> read.record().stream()).toList();
    }

    /**
     * Parses the articles as {@link #parseAll} does; the problems of a file whose front matter says
     * {@code status: draft} never reach {@code build}, and are marked as a draft's elsewhere.
     */
    private List<Article> parseArticles(MarkdownFiles markdown, List<Path> files, String context,
                                        SiteSettings settings, List<Problem> problems) {
        List<ContentReader.Read> results = files.parallelStream().map(file -> parse(markdown, file, context)).toList();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ContentReader.Read result = results.get(i);
            if (result.record().isPresent()) {
                articles.add((Article) result.record().get());
            } else if (!Drafts.declaredIn(files.get(i))) {
                problems.addAll(result.problems());
            } else if (settings.unpublished()) {
                result.problems().forEach(problem -> problems.add(Drafts.marked(problem)));
            }
        }
        return articles;
    }

    /** The value of a finished task, or what it threw, as it threw it. */
    private static <T> T result(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * A YAML data file through its loader, or, when neither the file nor the context changed since
     * it last loaded without problems, the same record again ({@link ContentReader}). Absent if
     * the file is missing or unreadable.
     */
    private <T> Optional<T> loadData(Path file, String context, List<Problem> problems,
                                     BiFunction<String, List<Problem>, Optional<T>> loader) {
        ContentReader.Read read = reader.read(file, context, () -> {
            List<Problem> found = new ArrayList<>();
            Optional<T> record = read(file, found).flatMap(text -> loader.apply(text, found));
            if (record.isEmpty() && Files.isRegularFile(file)) {
                leftOut.add(file);
            }
            return new ContentReader.Read(record.map(Object.class::cast), found);
        });
        problems.addAll(read.problems());
        @SuppressWarnings("unchecked") // made above, by this file's loader
        Optional<T> record = (Optional<T>) read.record();
        return record;
    }

    /** One Markdown file read, or the record of its last reading while it is unchanged ({@link ContentReader}). */
    private ContentReader.Read parse(MarkdownFiles markdown, Path file, String context) {
        return reader.read(file, context, () -> {
            try {
                return new ContentReader.Read(Optional.of(markdown.read(file)), List.of());
            } catch (ContentProblems e) {
                leftOut.add(file);
                return new ContentReader.Read(Optional.empty(), e.problems());
            }
        });
    }

    /** Files with the extension directly in {@code folder}, sorted by name; none if it is absent. */
    private static List<Path> files(Path folder, String extension) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(extension))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Files with the extension in {@code folder} and its sub-folders, sorted by path; folders whose
     * name starts with a dot are skipped, as editors' tools keep their own files there.
     */
    private static List<Path> filesBelow(Path folder, String extension) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(extension))
                    .filter(p -> !hiddenFolderBetween(folder, p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hiddenFolderBetween(Path folder, Path file) {
        for (Path part : folder.relativize(file.getParent())) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Anything in content/ the build would otherwise ignore silently, such as notes.markdown or
     * types/x.yml; hidden files and folders (an editor's or tool's own) are left alone.
     */
    private void reportStrayFiles(Path content, List<Problem> problems) {
        Set<String> expected = new TreeSet<>(List.of("types/*.yaml", "ingredients/*.yaml", "treatments/*.yaml",
                "articles/**/*.md", "pages/*.md", "snippets/*.md", "comparisons/*.md", "glossary.yaml", "faq.yaml", "ingredient-pairs.yaml", "refused-sources.yaml", "site.yaml"));
        try (Stream<Path> walk = Files.walk(content)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".") && !hiddenFolderBetween(content, p))
                    .filter(p -> !isExpected(content.relativize(p)))
                    .sorted()
                    .forEach(p -> problems.add(Problem.at(shown(p), 0, "the build does not read this file; content/ holds "
                            + String.join(", ", expected))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isExpected(Path relative) {
        String path = relative.toString().replace('\\', '/');
        return path.equals("glossary.yaml") || path.equals("faq.yaml") || path.equals("ingredient-pairs.yaml")
                || path.equals("refused-sources.yaml") || path.equals("site.yaml") || EXPECTED_IN_FOLDERS.matcher(path).matches();
    }

    private Optional<String> read(Path file, List<Problem> problems) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            problems.add(Problem.at(shown(file), 0, "the file is not valid UTF-8 text: save it as UTF-8"));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.at(shown(file), 0, "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private Path shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(project) ? project.relativize(absolute) : absolute;
    }
}
