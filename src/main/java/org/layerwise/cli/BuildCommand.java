package org.layerwise.cli;

import org.layerwise.BuildFailed;
import org.layerwise.SiteBuild;
import org.layerwise.model.SiteSettings;
import org.layerwise.render.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code layerwise build}: the whole site, published pages only. */
@Command(name = "build", description = "Build the site (drafts excluded) into the output folder.")
final class BuildCommand implements Callable<Integer> {

    @ParentCommand
    LayerwiseCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--source", description = "the project folder (same as --project)")
    Path source;

    @Option(names = "--output", description = "where the site goes (default: target/site)")
    Path output;

    @Option(names = "--base-url", description = "the address the site is published at, e.g. https://example.github.io/layerwise")
    String baseUrl;

    /** The one line a build without a published address prints. */
    static final String NO_ADDRESS = "Notice: the published address is not known (site.host in jbake.properties, "
            + "or --base-url), so no feed.xml or sitemap.xml was written";

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path project = source != null ? source : parent.project;
        Path target = output != null ? output : project.resolve("target/site");
        Optional<String> wrong = Options.baseUrlProblem(baseUrl)
                .or(() -> new OutputFolder(target).misplacement(project).map(reason -> "--output: " + reason));
        if (wrong.isPresent()) {
            return Options.usage(spec, wrong.get());
        }
        SiteBuild build = new SiteBuild(project, target, parent.caches(project));
        try {
            SiteSettings settings = build.settings(Optional.ofNullable(baseUrl), false);
            SiteBuild.Built result = build.build(settings, new OutputFolder(target));
            long millis = (System.nanoTime() - start) / 1_000_000;
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Built %d pages in %d ms into %s%n", result.pages(), millis, result.output());
            if (!settings.published()) {
                out.println(NO_ADDRESS);
            }
            return 0;
        } catch (BuildFailed failure) {
            return Problems.print(failure, spec.commandLine().getErr());
        }
    }
}
