package org.layerwise.cli;

import org.layerwise.BuildFailed;
import org.layerwise.SiteBuild;
import org.layerwise.check.StaleReviews;
import org.layerwise.model.Article;
import org.layerwise.model.SiteSettings;
import org.layerwise.model.Status;
import org.layerwise.render.OutputFolder;
import org.layerwise.plan.SitePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code layerwise check}: everything a build checks, written to a temporary folder and thrown
 * away; the build caches are kept, for the next build.
 */
@Command(name = "check", description = "Check content, templates and links; write no site (only the build caches).")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    LayerwiseCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("layerwise-check-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            SiteBuild build = new SiteBuild(parent.project, scratch, parent.caches(parent.project));
            SiteSettings settings = build.settings(Optional.empty(), false).withUnpublished();
            SitePlan plan = build.buildInto(settings, scratch).plan();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("No problems (%d pages checked, drafts included)%n", plan.htmlPages());
            List<Article> scheduled = plan.site().articles().stream()
                    .filter(a -> a.status() == Status.PUBLISHED && settings.scheduled(a)).toList();
            if (!scheduled.isEmpty()) {
                out.printf("Notice: %d article%s scheduled, left out of build until %s date:%n", scheduled.size(),
                        scheduled.size() == 1 ? "" : "s", scheduled.size() == 1 ? "its" : "their");
                scheduled.forEach(a -> out.println("  " + a.origin().file().toString().replace('\\', '/')
                        + ": goes out on " + a.date()));
            }
            List<StaleReviews.Due> due = StaleReviews.of(plan.site(), settings.today());
            if (!due.isEmpty()) {
                out.printf("Notice: %d page%s not reviewed in the last %d months (add or update reviewed: once checked"
                        + " against the sources):%n", due.size(), due.size() == 1 ? "" : "s", StaleReviews.MONTHS);
                due.forEach(d -> out.println("  " + d));
            }
            out.flush();
            return 0;
        } catch (BuildFailed failure) {
            return Problems.print(failure, spec.commandLine().getErr());
        } finally {
            OutputFolder.discard(scratch);
        }
    }
}
