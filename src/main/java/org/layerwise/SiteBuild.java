package org.layerwise;

import org.layerwise.cache.BuildCaches;
import org.layerwise.check.LinkChecker;
import org.layerwise.check.LinkOrigins;
import org.layerwise.check.PageScans;
import org.layerwise.load.Drafts;
import org.layerwise.model.Problem;
import org.layerwise.model.SiteSettings;
import org.layerwise.model.Staged;
import org.layerwise.plan.SitePlan;
import org.layerwise.render.OutputFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The stage runner: load → validate → plan → render → check ({@link Stages}). Every stage runs,
 * whatever the stages before it found, so that one run reports every problem; the build fails at
 * the end if any stage found one. A stage that cannot run on faulty input (it throws) ends the
 * build early, with the problems found so far. Only this class turns problems into a failure.
 */
public final class SiteBuild {

    /** What a successful build made; {@code files}: every file of the site, as paths from its root. */
    public record Built(SitePlan plan, Set<String> files, Path output) {
        public int pages() {
            return plan.htmlPages();
        }
    }

    /** A plan, where its pages' Markdown links were written, and the draft articles' files. */
    public record Planned(SitePlan plan, LinkOrigins origins, Set<Path> drafts) { }

    private static final Logger LOG = LoggerFactory.getLogger(SiteBuild.class);

    private final Stages stages;

    /** @param caches what earlier runs kept; full builds write them back ({@link BuildCaches#none} for none) */
    public SiteBuild(Path project, Path output, BuildCaches caches) {
        this.stages = new Stages(project, output, caches);
    }

    /** The stages this runner runs, and whose engines it keeps (the preview runs them too). */
    public Stages stages() {
        return stages;
    }

    /** Site settings for this project, with the command line's base URL if given. */
    public SiteSettings settings(Optional<String> baseUrl, boolean preview) {
        return stages.settings(baseUrl, preview);
    }

    /** Builds the site into a staging folder and publishes it, replacing the previous one only if all went well. */
    public Built build(SiteSettings settings, OutputFolder output) throws BuildFailed {
        Optional<Problem> refusal = output.refusal(stages.project());
        if (refusal.isPresent()) {
            throw new BuildFailed(List.of(refusal.get()));
        }
        Path staging = output.stage();
        try {
            Built built = buildInto(settings, staging);
            output.publish(staging);
            return new Built(built.plan(), built.files(), output.target());
        } catch (BuildFailed | RuntimeException e) {
            output.abandon(staging);
            throw e;
        }
    }

    /** Builds into an empty folder, and writes back the caches for the next run. */
    public Built buildInto(SiteSettings settings, Path folder) throws BuildFailed {
        BuildCaches caches = stages.caches();
        Run run = new Run();
        try {
            Planned planned;
            try {
                planned = plan(run, settings);
            } finally {
                caches.saveBodies();
            }
            SitePlan plan = planned.plan();
            Set<String> files = stages.files(plan);
            Map<String, PageScans.Scan> written = run.stage("render", () -> stages.render(plan, settings, folder));
            LinkChecker links = run.stage("check links",
                    () -> stages.check(folder, settings, files, plan.pages(), written, planned.origins()));
            run.finish(planned.drafts());
            links.keepScans();
            return new Built(plan, files, folder);
        } finally {
            caches.awaitSaved();
        }
    }

    /** The stages up to the plan: load, validate, plan, and the assets checked against it. */
    public Planned plan(Run run, SiteSettings settings) throws BuildFailed {
        Stages.Loaded loaded = run.stage("load", () -> stages.load(settings));
        run.stage("validate", () -> stages.validate(loaded));
        SitePlan plan = run.stage("derive and plan", () -> stages.plan(loaded));
        run.stage("check assets", () -> stages.checkAssets(plan));
        return new Planned(plan, loaded.linkOrigins(), loaded.drafts());
    }

    /** One run of the stages: the problems they found so far, and the decision to go on or stop. */
    public static final class Run {
        private final List<Problem> problems = new ArrayList<>();
        /** When the last stage ended: the stages are timed for --verbose, which decides nothing. */
        private long lap = System.nanoTime();

        /**
         * Runs a stage and keeps its problems. A stage that throws ends the build with the problems
         * found before it, which are its cause.
         */
        public <T> T stage(String name, Supplier<Staged<T>> stage) throws BuildFailed {
            Staged<T> done;
            try {
                done = stage.get();
            } catch (RuntimeException e) {
                if (problems.isEmpty()) {
                    throw e;   // with no cause in the input, a bug
                }
                LOG.info("stopped after the problems found so far: {}", e.toString());
                throw new BuildFailed(problems);
            }
            problems.addAll(done.problems());
            long now = System.nanoTime();
            LOG.info("{}: {} ms", name, (now - lap) / 1_000_000);
            lap = now;
            return done.value();
        }

        /** Fails the build when any stage found problems, those in {@code drafts} marked as a draft's. */
        public void finish(Set<Path> drafts) throws BuildFailed {
            Drafts.mark(problems, drafts);
            if (!problems.isEmpty()) {
                throw new BuildFailed(problems);
            }
        }
    }
}
