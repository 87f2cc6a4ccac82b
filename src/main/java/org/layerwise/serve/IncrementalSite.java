package org.layerwise.serve;

import org.layerwise.BuildFailed;
import org.layerwise.SiteBuild;
import org.layerwise.Stages;
import org.layerwise.check.LinkChecker;
import org.layerwise.model.SiteSettings;
import org.layerwise.plan.DataFile;
import org.layerwise.render.OutputFolder;
import org.layerwise.plan.PlannedPage;
import org.layerwise.plan.SitePlan;
import org.layerwise.render.SiteRenderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The preview's site: built whole once, then, after a content edit, brought up to date by
 * rendering and writing only the pages and data files that differ from the last build, in place,
 * through the same stages as a full build ({@link SiteBuild}). Pages are a function of their plan
 * (address, title, data) and the settings and templates, so a page whose plan is equal to the
 * last one is unchanged; the output is the same, byte for byte, as a full build's.
 */
public final class IncrementalSite {

    /**
     * What a build or update made.
     *
     * @param pages    HTML pages in the site
     * @param rendered pages and feeds rendered by this build; the others were unchanged
     */
    public record Rebuilt(int pages, int rendered) {
    }

    /** The site written last, and where: what {@link #update} compares a new plan with. */
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

    /** How many times {@link #warmUp} runs an update with nothing changed. */
    private static final int WARM_UP_REBUILDS = 3;

    private final SiteBuild build;
    private Written written;

    public IncrementalSite(SiteBuild build) {
        this.build = build;
    }

    /** Forgets cached templates, for rebuilds after a template changed. */
    public void forgetTemplates() {
        build.stages().forgetTemplates();
    }

    /** Builds the whole site, replacing the previous one only when nothing went wrong. */
    public Rebuilt build(SiteSettings settings, OutputFolder output) throws BuildFailed {
        written = null;
        SiteBuild.Built built = build.build(settings, output);
        written = Written.of(output.target(), settings, built.plan(), built.files());
        return new Rebuilt(built.pages(), built.plan().pages().size());
    }

    /**
     * Brings the site built last up to date with the content. Only content may have changed
     * since: after an edit to templates, assets or settings, call {@link #build}. With nothing
     * built yet, or a different folder or settings, this is a full build. When the content has
     * problems, nothing is written.
     */
    public Rebuilt update(SiteSettings settings, OutputFolder output) throws BuildFailed {
        if (written == null || !written.folder().equals(output.target()) || !written.settings().equals(settings)
                || !Files.isDirectory(output.target())) {
            return build(settings, output);
        }
        Stages stages = build.stages();
        SiteBuild.Run run = new SiteBuild.Run();
        SiteBuild.Planned planned = build.plan(run, settings);
        SitePlan plan = planned.plan();
        Map<Boolean, List<PlannedPage>> unchanged = plan.pages().stream()
                .collect(Collectors.partitioningBy(written::sameAs));
        List<PlannedPage> changed = unchanged.get(false);
        Set<String> siteFiles = stages.files(plan);
        Map<PlannedPage, String> pages = run.stage("render " + changed.size() + " changed pages",
                () -> stages.renderInMemory(changed, settings));
        LinkChecker links = run.stage("check links", () -> stages.checkUpdate(output.target(), settings, siteFiles,
                plan.pages(), pages, written.siteFiles(), planned.origins()));
        run.finish(planned.drafts());
        List<DataFile> files = plan.files().stream().filter(file -> !file.equals(written.files().get(file.path())))
                .toList();
        SiteRenderer.writeAll(output.target(), pages, files);
        removeGone(output.target(), plan);
        links.keepScans();
        written = Written.of(output.target(), settings, plan, siteFiles);
        return new Rebuilt(plan.htmlPages(), changed.size());
    }

    /**
     * While nothing changes, runs the update after an edit a few times with nothing changed,
     * which renders and writes nothing, so that the JIT has compiled its code before the first
     * real edit: at 1000 articles that edit's rebuild would otherwise take twice as long as the
     * later ones. Stops as soon as {@code changePending} says a change is waiting.
     */
    public void warmUp(SiteSettings settings, OutputFolder output, BooleanSupplier changePending) {
        for (int i = 0; i < WARM_UP_REBUILDS && !changePending.getAsBoolean(); i++) {
            try {
                update(settings, output);
            } catch (BuildFailed unexpected) {
                return;   // the content changed meanwhile; the watcher has seen it
            }
        }
    }

    /** Deletes the pages and data files of the last build that this plan no longer has, and folders left empty. */
    private void removeGone(Path folder, SitePlan plan) {
        Set<String> kept = SiteRenderer.generated(plan);
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
}
