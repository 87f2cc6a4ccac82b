package org.layerwise;

import org.layerwise.check.LinkChecker;
import org.layerwise.check.LinkOrigin;
import org.layerwise.check.LinkOrigins;
import org.layerwise.check.PageScans;
import org.layerwise.jbake.JBakeProject;
import org.layerwise.load.Drafts;
import org.layerwise.load.ParsedFiles;
import org.layerwise.load.SiteLoader;
import org.layerwise.model.Body;
import org.layerwise.model.FaqEntry;
import org.layerwise.model.Origin;
import org.layerwise.model.Problem;
import org.layerwise.model.SiteContent;
import org.layerwise.model.SiteLink;
import org.layerwise.model.SiteSettings;
import org.layerwise.model.Status;
import org.layerwise.plan.DataFile;
import org.layerwise.render.OutputFolder;
import org.layerwise.render.PageTemplateEngine;
import org.layerwise.plan.PlannedPage;
import org.layerwise.plan.SitePlan;
import org.layerwise.plan.SitePlanner;
import org.layerwise.render.SiteRenderer;
import org.layerwise.validate.AssetCheck;
import org.layerwise.validate.SiteValidator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the stages in order: load, validate, derive and plan, render into a staging folder, check
 * links. Every stage runs, whatever the stages before it found, so that one run reports every
 * problem: a file with load problems is left out or kept with what could be read, and links to
 * a page left out are not reported again. The build fails at the end if anything was found; a
 * stage that cannot run on faulty input (it throws) ends it early, with the problems found so far.
 * A {@code serve} session keeps one instance: its {@link #update} re-renders only the pages that
 * an edit changed.
 */
public final class SiteBuild {

    /**
     * What a successful build made.
     *
     * @param pages    HTML pages in the site
     * @param rendered pages and feeds rendered by this build; the others were unchanged
     */
    public record Result(int pages, int rendered, Path output) {
    }

    /** The site this instance wrote last, and where: what {@link #update} compares a new plan with. */
    private record Written(Path folder, SiteSettings settings, Map<String, PlannedPage> pages,
                           Map<String, DataFile> files, Set<String> siteFiles) {

        static Written of(Path folder, SiteSettings settings, SitePlan plan, Set<String> siteFiles) {
            Map<String, PlannedPage> pages = new HashMap<>();
            plan.pages().forEach(page -> pages.put(page.file(), page));
            Map<String, DataFile> files = new HashMap<>();
            plan.files().forEach(file -> files.put(file.path(), file));
            return new Written(folder, settings, Map.copyOf(pages), Map.copyOf(files), Set.copyOf(siteFiles));
        }

        boolean sameAs(PlannedPage page) {
            return page.equals(pages.get(page.file()));
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(SiteBuild.class);

    /** The live-reload script that the preview server adds to the site; see templates/layout/base.ftl. */
    private static final String PREVIEW_SCRIPT = "__layerwise/live-reload.js";

    private final Path project;
    private final JBakeProject jbake;
    private final PageTemplateEngine engine;
    private final SiteRenderer renderer;
    /** Markdown records kept between builds of this instance, so a rebuild re-parses only what changed. */
    private final ParsedFiles parsed = new ParsedFiles();
    /** Links and ids of the pages written by the previous build, reused for pages that did not change. */
    private final PageScans scans;
    /** Rendered Markdown and page readings, kept between the builds of this instance and, on disk, between runs. */
    private final BuildCaches caches;
    private Written written;

    /**
     * @param project the project folder (holding jbake.properties, content/, templates/, assets/)
     * @param output  where the site goes
     * @param caches  what earlier runs kept; full builds write them back
     */
    public SiteBuild(Path project, Path output, BuildCaches caches) {
        this.caches = caches;
        this.scans = new PageScans(caches.pageReadings());
        this.project = project.toAbsolutePath().normalize();
        this.jbake = JBakeProject.open(this.project, output);
        this.engine = new PageTemplateEngine(jbake);
        this.renderer = new SiteRenderer(jbake, engine);
    }

    /** Site settings for this project, with the command line's base URL if given. */
    public SiteSettings settings(Optional<String> baseUrl, boolean preview) {
        return new SiteLoader(project, jbake, parsed, caches.bodies()).settings(baseUrl, preview);
    }

    /** Forgets cached templates, for rebuilds after a template changed. */
    public void forgetTemplates() {
        engine.forgetTemplates();
    }

    /**
     * Builds the whole site into {@code output.target()}, replacing the previous site only when
     * nothing went wrong.
     */
    public Result build(SiteSettings settings, OutputFolder output) throws BuildFailed {
        Optional<Problem> refusal = output.refusal(project);
        if (refusal.isPresent()) {
            throw new BuildFailed(List.of(refusal.get()));
        }
        written = null;
        Path staging = output.stage();
        try {
            Built built = buildInto(settings, staging);
            output.publish(staging);
            written = Written.of(output.target(), settings, built.plan(), built.files());
            return new Result(built.plan().htmlPages(), built.plan().pages().size(), output.target());
        } catch (BuildFailed | RuntimeException e) {
            output.abandon(staging);
            throw e;
        }
    }

    /**
     * Brings the site this instance built last up to date with the content, rendering and writing
     * only the pages and data files that differ from that build, in place; the output is the same,
     * byte for byte, as a full {@link #build}. Pages are a function of their plan (address, title,
     * data) and the settings and templates, so a page whose plan is equal to the last one is
     * unchanged. Only content may have changed since: after an edit to templates, assets or
     * settings, call {@link #build}. With nothing built yet, or a different folder or settings,
     * this is a full build. When the content has problems, nothing is written.
     */
    public Result update(SiteSettings settings, OutputFolder output) throws BuildFailed {
        if (written == null || !written.folder().equals(output.target()) || !written.settings().equals(settings)
                || !Files.isDirectory(output.target())) {
            return build(settings, output);
        }
        List<Problem> problems = new ArrayList<>();
        Stopwatch watch = new Stopwatch();
        Planned planned = plan(settings, problems, watch);
        SitePlan plan = planned.plan();
        Map<Boolean, List<PlannedPage>> unchanged = plan.pages().stream()
                .collect(Collectors.partitioningBy(written::sameAs));
        List<PlannedPage> changed = unchanged.get(false);
        Set<String> siteFiles = renderer.files(plan);
        LinkChecker links = linkChecker(output.target(), settings, siteFiles);
        unchanged.get(true).forEach(links::reuse);
        scans.startBuild();
        Map<PlannedPage, String> pages = stage(problems, () ->
                renderer.renderInMemory(changed, settings, problems, links::record));
        watch.lap("render " + changed.size() + " changed pages");
        stage(problems, () -> links.checkUpdate(plan.pages(), written.siteFiles(), planned.origins(), problems));
        watch.lap("check links");
        failIfAny(problems, planned.drafts());
        List<DataFile> files = plan.files().stream().filter(file -> !file.equals(written.files().get(file.path())))
                .toList();
        SiteRenderer.writeAll(output.target(), pages, files);
        removeGone(output.target(), plan);
        links.keepScans();
        watch.lap("write");
        written = Written.of(output.target(), settings, plan, siteFiles);
        return new Result(plan.htmlPages(), changed.size(), output.target());
    }

    /**
     * What a build wrote into a folder.
     *
     * @param files every file of the site, as paths from its root
     */
    public record Built(SitePlan plan, Set<String> files) {
    }

    /** Builds into an empty folder, and writes back the caches for the next run. */
    public Built buildInto(SiteSettings settings, Path folder) throws BuildFailed {
        List<Problem> problems = new ArrayList<>();
        Stopwatch watch = new Stopwatch();
        Planned planned;
        try {
            planned = plan(settings, problems, watch);
        } catch (BuildFailed | RuntimeException e) {
            caches.bodies().save();
            throw e;
        }
        // the caches are written on threads of their own while the pages render and are checked
        Thread bodiesSaved = inBackground("save-bodies", caches.bodies()::save);
        Thread readingsSaved = null;
        SitePlan plan = planned.plan();
        try {
            Set<String> files = renderer.files(plan);
            LinkChecker links = linkChecker(folder, settings, files);
            scans.startBuild();
            try {
                stage(problems, () -> renderer.render(plan, settings, folder, problems, links::record));
                LOG.info("page readings from the cache: {} of {}", caches.pageReadings().reused(),
                        caches.pageReadings().used());
            } finally {
                readingsSaved = inBackground("save-page-readings", scans::saveReadings);
            }
            watch.lap("render");
            stage(problems, () -> links.check(plan.pages(), planned.origins(), problems));
            watch.lap("check links");
            failIfAny(problems, planned.drafts());
            links.keepScans();
            return new Built(plan, files);
        } finally {
            join(bodiesSaved);
            join(readingsSaved);
        }
    }

    private static Thread inBackground(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.start();
        return thread;
    }

    private static void join(Thread thread) {
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A plan, where its pages' Markdown links were written, and the draft articles it holds (loaded
     * only by serve and check), whose problems are marked as a draft's.
     */
    private record Planned(SitePlan plan, LinkOrigins origins, Set<Path> drafts) {
    }

    private Planned plan(SiteSettings settings, List<Problem> problems, Stopwatch watch) throws BuildFailed {
        SiteLoader loader = new SiteLoader(project, jbake, parsed, caches.bodies());
        SiteContent site = loader.load(settings, problems);
        LOG.info("Markdown bodies from the cache: {} of {}", caches.bodies().reused(), caches.bodies().used());
        watch.lap("load");
        stage(problems, () -> new SiteValidator().validate(site, loader.leftOutIds("types"),
                loader.leftOutIds("ingredients"), problems));
        watch.lap("validate");
        SitePlan plan = stage(problems, () -> new SitePlanner(site).plan(problems));
        watch.lap("derive and plan");
        stage(problems, () -> new AssetCheck(project, jbake.assetFolder())
                .check(SiteRenderer.generated(plan), problems));
        watch.lap("check assets");
        Set<Path> drafts = site.articles().stream().filter(a -> a.status() == Status.DRAFT)
                .map(a -> a.origin().file()).collect(Collectors.toSet());
        return new Planned(plan, linkOrigins(site, loader.leftOutPages()), drafts);
    }

    /**
     * Runs a stage whose input may already have problems. When it has, a stage that cannot run
     * on it (it throws) ends the build with those problems, which are its cause.
     */
    private static <T> T stage(List<Problem> problems, Supplier<T> stage) throws BuildFailed {
        if (problems.isEmpty()) {
            return stage.get();
        }
        try {
            return stage.get();
        } catch (RuntimeException e) {
            LOG.info("stopped after the problems found so far: {}", e.toString());
            throw new BuildFailed(problems);
        }
    }

    private static void stage(List<Problem> problems, Runnable stage) throws BuildFailed {
        stage(problems, () -> {
            stage.run();
            return null;
        });
    }

    private LinkChecker linkChecker(Path folder, SiteSettings settings, Set<String> siteFiles) {
        return new LinkChecker(folder, siteFiles, settings.preview() ? Set.of(PREVIEW_SCRIPT) : Set.of(), scans);
    }

    /** Deletes the pages and data files of the last build that this plan no longer has, and folders left empty. */
    private void removeGone(Path folder, SitePlan plan) {
        Set<String> kept = new HashSet<>();
        plan.pages().forEach(page -> kept.add(page.file()));
        plan.files().forEach(file -> kept.add(file.path()));
        List<String> gone = new ArrayList<>(written.pages().keySet());
        gone.addAll(written.files().keySet());
        gone.removeAll(kept);
        try {
            for (String file : gone) {
                Path path = folder.resolve(file);
                Files.deleteIfExists(path);
                for (Path parent = path.getParent(); !parent.equals(folder) && isEmptyFolder(parent);
                     parent = parent.getParent()) {
                    Files.delete(parent);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Times the stages for --verbose. */
    private static final class Stopwatch {
        private long start = System.nanoTime();

        void lap(String stage) {
            long now = System.nanoTime();
            LOG.info("{}: {} ms", stage, (now - start) / 1_000_000);
            start = now;
        }
    }

    /**
     * Markdown links by the page they appear on, and every Markdown body with its file, so broken
     * links are reported at their lines; {@code leftOut}, the pages whose files failed to load.
     */
    private static LinkOrigins linkOrigins(SiteContent site, Set<String> leftOut) {
        Map<String, List<LinkOrigin>> origins = new HashMap<>();
        List<LinkOrigins.Written> bodies = new ArrayList<>();
        site.articles().forEach(a -> add(origins, bodies, "articles/" + a.slug() + "/", a.origin(), a.body()));
        site.pages().forEach(p -> add(origins, bodies, p.slug() + "/", p.origin(), p.body()));
        site.types().forEach(t -> add(origins, bodies, "types/" + t.id() + "/", t.origin(), t.description()));
        site.glossary().forEach(g -> add(origins, bodies, "glossary/", g.origin(), g.definition()));
        for (int i = 0; i < site.faq().size(); i++) {
            FaqEntry entry = site.faq().get(i);
            add(origins, bodies, "faq/", entry.origin(), entry.answer());
            String more = entry.more().startsWith("/") ? entry.more().substring(1) : entry.more();
            int hash = more.indexOf('#');
            int line = entry.origin().problem(i + ".more", "").line();
            origins.computeIfAbsent("faq/", p -> new ArrayList<>()).add(new LinkOrigin(entry.origin().file(),
                    new SiteLink(hash < 0 ? more : more.substring(0, hash), hash < 0 ? "" : more.substring(hash + 1), line)));
        }
        return new LinkOrigins(origins, bodies, leftOut);
    }

    private static void add(Map<String, List<LinkOrigin>> origins, List<LinkOrigins.Written> bodies, String page,
                            Origin origin, Body body) {
        List<LinkOrigin> list = origins.computeIfAbsent(page, p -> new ArrayList<>());
        body.links().forEach(link -> list.add(new LinkOrigin(origin.file(), link)));
        bodies.add(new LinkOrigins.Written(origin.file(), body));
    }

    /** Fails the build when there are problems, those in {@code drafts} marked as a draft's. */
    private static void failIfAny(List<Problem> problems, Set<Path> drafts) throws BuildFailed {
        Drafts.mark(problems, drafts);
        if (!problems.isEmpty()) {
            throw new BuildFailed(problems);
        }
    }
}
