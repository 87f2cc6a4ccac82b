package org.layerwise.cli;

import org.layerwise.BuildFailed;
import org.layerwise.SiteBuild;
import org.layerwise.check.StaleReviews;
import org.layerwise.render.OutputFolder;
import org.layerwise.render.SitePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
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
            SitePlan plan = build.buildInto(build.settings(Optional.empty(), false), scratch).plan();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("No problems (%d pages checked)%n", plan.htmlPages());
            List<StaleReviews.Due> due = StaleReviews.of(plan.site(), LocalDate.now());
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
