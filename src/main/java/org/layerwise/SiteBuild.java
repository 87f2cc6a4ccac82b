package org.layerwise;

import org.layerwise.check.LinkChecker;
import org.layerwise.check.LinkOrigin;
import org.layerwise.check.PageScans;
import org.layerwise.load.JBakeParsing;
import org.layerwise.load.ParsedFiles;
import org.layerwise.load.SiteLoader;
import org.layerwise.model.FaqEntry;
import org.layerwise.model.Origin;
import org.layerwise.model.Problem;
import org.layerwise.model.SiteContent;
import org.layerwise.model.SiteLink;
import org.layerwise.model.SiteSettings;
import org.layerwise.render.OutputFolder;
import org.layerwise.render.PageTemplateEngine;
import org.layerwise.render.SitePlan;
import org.layerwise.render.SitePlanner;
import org.layerwise.render.SiteRenderer;
import org.layerwise.validate.SiteValidator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the stages in order: load, validate, derive and plan, render into a staging folder, check
 * links. Stops after the first stage that found problems, reporting all of that stage's problems.
 */
public final class SiteBuild {

    /** What a successful build made. */
    public record Result(int pages, Path output) {
    }

    /** The live-reload script that the preview server adds to the site; see templates/layout/base.ftl. */
    private static final Logger LOG = LoggerFactory.getLogger(SiteBuild.class);

    private static final String PREVIEW_SCRIPT = "__layerwise/live-reload.js";

    private final Path project;
    private final JBakeParsing jbake;
    private final PageTemplateEngine engine;
    /** Markdown records kept between builds of this instance, so a rebuild re-parses only what changed. */
    private final ParsedFiles parsed = new ParsedFiles();
    /** Links and ids of the pages written by the previous build, reused for pages that did not change. */
    private final PageScans scans = new PageScans();

    /**
     * @param project the project folder (holding jbake.properties, content/, templates/, assets/)
     * @param output  where the site goes
     */
    public SiteBuild(Path project, Path output) {
        this.project = project.toAbsolutePath().normalize();
        this.jbake = new JBakeParsing(this.project, output);
        this.engine = new PageTemplateEngine(jbake.config());
    }

    /** Site settings for this project, with the command line's base URL if given. */
    public SiteSettings settings(Optional<String> baseUrl, boolean preview) {
        return new SiteLoader(project, jbake, parsed).settings(baseUrl, preview);
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
        Path staging = output.stage();
        try {
            int pages = buildInto(settings, staging);
            output.publish(staging);
            return new Result(pages, output.target());
        } catch (BuildFailed | RuntimeException e) {
            OutputFolder.discard(staging);
            throw e;
        }
    }

    /** Builds into an empty folder, returning the number of pages written. */
    public int buildInto(SiteSettings settings, Path folder) throws BuildFailed {
        List<Problem> problems = new ArrayList<>();
        Stopwatch watch = new Stopwatch();
        SiteContent site = new SiteLoader(project, jbake, parsed).load(settings, problems);
        watch.lap("load", problems);
        new SiteValidator().validate(site, problems);
        watch.lap("validate", problems);
        SitePlan plan = new SitePlanner(site).plan(problems);
        watch.lap("derive and plan", problems);
        LinkChecker links = new LinkChecker(folder, settings.preview() ? Set.of(PREVIEW_SCRIPT) : Set.of(), scans);
        new SiteRenderer(jbake.config(), engine, project).render(plan, settings, folder, problems, links::record);
        watch.lap("render", problems);
        links.check(plan.pages(), linkOrigins(site), problems);
        watch.lap("check links", problems);
        return (int) plan.pages().stream().filter(p -> p.file().endsWith(".html")).count();
    }

    /** Times the stages for --verbose, and stops the build after a stage that found problems. */
    private static final class Stopwatch {
        private long start = System.nanoTime();

        void lap(String stage, List<Problem> problems) throws BuildFailed {
            long now = System.nanoTime();
            LOG.info("{}: {} ms", stage, (now - start) / 1_000_000);
            start = now;
            failIfAny(problems);
        }
    }

    /** Markdown links by the page they appear on, so broken ones are reported at their lines. */
    private static Map<String, List<LinkOrigin>> linkOrigins(SiteContent site) {
        Map<String, List<LinkOrigin>> origins = new HashMap<>();
        site.articles().forEach(a -> add(origins, "articles/" + a.slug() + "/", a.origin(), a.body().links()));
        site.pages().forEach(p -> add(origins, p.slug() + "/", p.origin(), p.body().links()));
        site.types().forEach(t -> add(origins, "types/" + t.id() + "/", t.origin(), t.description().links()));
        site.glossary().forEach(g -> add(origins, "glossary/", g.origin(), g.definition().links()));
        for (int i = 0; i < site.faq().size(); i++) {
            FaqEntry entry = site.faq().get(i);
            add(origins, "faq/", entry.origin(), entry.answer().links());
            String more = entry.more().startsWith("/") ? entry.more().substring(1) : entry.more();
            int hash = more.indexOf('#');
            int line = entry.origin().problem(i + ".more", "").line();
            add(origins, "faq/", entry.origin(), List.of(new SiteLink(hash < 0 ? more : more.substring(0, hash),
                    hash < 0 ? "" : more.substring(hash + 1), line)));
        }
        return origins;
    }

    private static void add(Map<String, List<LinkOrigin>> origins, String page, Origin origin, List<SiteLink> links) {
        List<LinkOrigin> list = origins.computeIfAbsent(page, p -> new ArrayList<>());
        links.forEach(link -> list.add(new LinkOrigin(origin.file(), link)));
    }

    private static void failIfAny(List<Problem> problems) throws BuildFailed {
        if (!problems.isEmpty()) {
            throw new BuildFailed(problems);
        }
    }
}
