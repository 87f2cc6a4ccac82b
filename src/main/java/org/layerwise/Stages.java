package org.layerwise;

import org.layerwise.cache.BuildCaches;
import org.layerwise.cache.UnchangedFiles;
import org.layerwise.check.LinkChecker;
import org.layerwise.check.LinkOrigins;
import org.layerwise.check.PageReader;
import org.layerwise.check.PageScans;
import org.layerwise.jbake.JBakeProject;
import org.layerwise.load.ContentReader;
import org.layerwise.load.SiteLoader;
import org.layerwise.model.Problem;
import org.layerwise.model.SiteContent;
import org.layerwise.model.SiteSettings;
import org.layerwise.model.Staged;
import org.layerwise.model.Status;
import org.layerwise.render.PageTemplateEngine;
import org.layerwise.plan.PlannedPage;
import org.layerwise.plan.SitePlan;
import org.layerwise.plan.SitePlanner;
import org.layerwise.render.SiteRenderer;
import org.layerwise.validate.AssetCheck;
import org.layerwise.validate.SiteValidator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stages of a build of one project, each a function from what the stages before it made to
 * its own result and the problems it found ({@link Staged}); {@link SiteBuild} runs them in order.
 * An instance keeps the engines, and what the rebuilds of a {@code serve} session reuse: the
 * records of unchanged files, the links and ids of the pages written last, the caches. It wires
 * the speed layer's decorators into the stages, and the check stage's page reading into the render
 * stage, which import neither.
 */
public final class Stages {

    /** The live-reload script that the preview server adds to the site; see templates/layout/base.ftl. */
    private static final String PREVIEW_SCRIPT = "__layerwise/live-reload.js";

    /**
     * The loaded site, and what was left out of it for its problems: links to those pages and ids
     * are not reported again.
     */
    public record Loaded(SiteContent site, Set<String> leftOutPages, Set<String> leftOutTypes,
                         Set<String> leftOutIngredients) {

        /** The draft articles (loaded only by serve and check), whose problems are marked as a draft's. */
        public Set<Path> drafts() {
            return site.articles().stream().filter(a -> a.status() == Status.DRAFT)
                    .map(a -> a.origin().file()).collect(Collectors.toSet());
        }

        /** Where the pages' Markdown links were written. */
        public LinkOrigins linkOrigins() {
            return LinkOrigins.of(site, leftOutPages);
        }
    }

    private final Path project;
    private final JBakeProject jbake;
    private final PageTemplateEngine engine;
    private final SiteRenderer renderer;
    /**
     * Content files read through a decorator that keeps their records between the builds of this
     * instance, so that a rebuild reads again only the files that changed.
     */
    private final ContentReader files = new UnchangedFiles();
    /** Links and ids of the pages written by the previous build, reused for pages that did not change. */
    private final PageScans scans;
    private final BuildCaches caches;

    /**
     * @param project the project folder (holding jbake.properties, content/, templates/, assets/)
     * @param output  where the site goes
     * @param caches  the decorators that keep rendered bodies and page readings; {@link BuildCaches#none} for none
     */
    public Stages(Path project, Path output, BuildCaches caches) {
        this.project = project.toAbsolutePath().normalize();
        this.jbake = JBakeProject.open(this.project, output);
        this.engine = new PageTemplateEngine(jbake);
        this.renderer = new SiteRenderer(jbake, engine);
        this.caches = caches;
        this.scans = new PageScans(caches.cachedPageReader(PageReader.PARSING));
    }

    /** The project folder. */
    public Path project() {
        return project;
    }

    public BuildCaches caches() {
        return caches;
    }

    /** Site settings for this project, with the command line's base URL if given. */
    public SiteSettings settings(Optional<String> baseUrl, boolean preview) {
        return loader().settings(baseUrl, preview);
    }

    /** Forgets cached templates, for rebuilds after a template changed. */
    public void forgetTemplates() {
        engine.forgetTemplates();
    }

    private SiteLoader loader() {
        return new SiteLoader(project, jbake, files, caches::cachedBodies);
    }

    /** Stage 1: reads content/ into records. */
    public Staged<Loaded> load(SiteSettings settings) {
        SiteLoader loader = loader();
        return collecting(problems -> {
            SiteContent site = loader.load(settings, problems);
            return new Loaded(site, loader.leftOutPages(), loader.leftOutIds("types"), loader.leftOutIds("ingredients"));
        });
    }

    /** Stage 2: checks what no single file can (references between files, routines, sources). */
    public Staged<Loaded> validate(Loaded loaded) {
        return collecting(problems -> {
            new SiteValidator().validate(loaded.site(), loaded.leftOutTypes(), loaded.leftOutIngredients(), problems);
            return loaded;
        });
    }

    /** Stage 3: derives tables, indexes and diagrams, and plans every page. */
    public Staged<SitePlan> plan(Loaded loaded) {
        return collecting(problems -> new SitePlanner(loaded.site()).plan(problems));
    }

    /** Stage 3, continued: the assets, which must not stand where the plan puts a page. */
    public Staged<SitePlan> checkAssets(SitePlan plan) {
        return collecting(problems -> {
            new AssetCheck(project, jbake.assetFolder()).check(SiteRenderer.generated(plan), problems);
            return plan;
        });
    }

    /** Every file that rendering {@code plan} writes, as paths from the site root. */
    public Set<String> files(SitePlan plan) {
        return renderer.files(plan);
    }

    /**
     * Stage 4: writes every page, data file and asset into {@code folder}. Its result: the links
     * and ids of each HTML page written, by file, which the render stage reads with the check
     * stage's {@link PageScans#read} as it writes each page (render knows only a function of the
     * page and its HTML): the check stage's input, with no second reading of the site. The page
     * readings are then written back to their cache, in the background.
     */
    public Staged<Map<String, PageScans.Scan>> render(SitePlan plan, SiteSettings settings, Path folder) {
        caches.startReadingPages();
        try {
            return collecting(problems -> renderer.render(plan, settings, folder, problems, scans::read));
        } finally {
            caches.savePageReadings();
        }
    }

    /** Stage 4, for a rebuild: renders {@code pages} without writing them; their HTML, by page. */
    public Staged<Map<PlannedPage, String>> renderInMemory(List<PlannedPage> pages, SiteSettings settings) {
        caches.startReadingPages();
        return collecting(problems -> renderer.renderInMemory(pages, settings, problems));
    }

    /**
     * Stage 5: follows every link and anchor of the pages written into {@code folder}, a site of
     * {@code files}, from the links and ids the render stage read ({@code written}).
     */
    public Staged<LinkChecker> check(Path folder, SiteSettings settings, Set<String> files, List<PlannedPage> pages,
                                     Map<String, PageScans.Scan> written, LinkOrigins origins) {
        LinkChecker links = linkChecker(folder, settings, files);
        return collecting(problems -> {
            links.check(pages, written, origins, problems);
            return links;
        });
    }

    /**
     * Stage 5, for a rebuild that rendered only the pages in {@code rendered} and whose last site
     * had {@code previousFiles}: see {@link LinkChecker#checkUpdate}.
     */
    public Staged<LinkChecker> checkUpdate(Path folder, SiteSettings settings, Set<String> files,
                                           List<PlannedPage> pages, Map<PlannedPage, String> rendered,
                                           Set<String> previousFiles, LinkOrigins origins) {
        LinkChecker links = linkChecker(folder, settings, files);
        return collecting(problems -> {
            links.checkUpdate(pages, rendered, previousFiles, origins, problems);
            return links;
        });
    }

    private LinkChecker linkChecker(Path folder, SiteSettings settings, Set<String> files) {
        return new LinkChecker(folder, files, settings.preview() ? Set.of(PREVIEW_SCRIPT) : Set.of(), scans);
    }

    /** Runs a stage written to add its problems to a list, as a stage that returns them. */
    private static <T> Staged<T> collecting(Function<List<Problem>, T> stage) {
        List<Problem> problems = new ArrayList<>();
        T value = stage.apply(problems);
        return new Staged<>(value, problems);
    }
}
