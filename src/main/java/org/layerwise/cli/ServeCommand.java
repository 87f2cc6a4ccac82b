package org.layerwise.cli;

import org.layerwise.BuildFailed;
import org.layerwise.SiteBuild;
import org.layerwise.model.SiteSettings;
import org.layerwise.render.OutputFolder;
import org.layerwise.serve.ChangedFiles;
import org.layerwise.serve.IncrementalSite;
import org.layerwise.serve.PreviewServer;
import org.layerwise.serve.ProblemPages;
import org.layerwise.serve.SourceWatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code layerwise serve}: builds the site with drafts into target/preview, serves it on
 * localhost, and rebuilds and reloads open pages whenever content, templates or assets change.
 * The engine stays warm between rebuilds.
 */
@Command(name = "serve", description = "Preview on localhost with drafts; rebuild and reload on every change.")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    LayerwiseCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", description = "the port on 127.0.0.1 (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Override
    public Integer call() throws Exception {
        Optional<String> wrong = Options.portProblem(port);
        if (wrong.isPresent()) {
            return Options.usage(spec, wrong.get());
        }
        Path project = parent.project.toAbsolutePath().normalize();
        Path target = project.resolve("target/preview");
        PrintWriter out = spec.commandLine().getOut();
        Path content = project.resolve("content");
        PreviewServer server;
        try {
            // the port is taken before the site is built, so that a busy port fails at once
            server = new PreviewServer(target, port);
        } catch (BindException e) {
            spec.commandLine().getErr().println("layerwise serve: port " + port
                    + " is in use by another program; choose another with --port");
            return LayerwiseCommand.IO;
        }
        SiteBuild runner = new SiteBuild(project, target, parent.caches(project));
        SiteSettings settings = runner.settings(Optional.empty(), true);
        IncrementalSite site = new IncrementalSite(runner);
        OutputFolder output = new OutputFolder(target);
        ProblemPages pages = new ProblemPages(project, target);
        boolean built = rebuild(() -> site.build(settings, output), "", server, pages, out);
        try (server;
             SourceWatcher watcher = new SourceWatcher(List.of(content, project.resolve("templates"),
                     project.resolve("assets")))) {
            out.printf("Previewing at http://127.0.0.1:%d/ (drafts shown; Ctrl+C to stop)%n", server.port());
            out.flush();
            if (built) {
                site.warmUp(settings, output, watcher::changePending);
            }
            for (Optional<Set<Path>> changed = watcher.awaitChange(); changed.isPresent();
                 changed = watcher.awaitChange()) {
                boolean contentOnly = changed.get().stream().allMatch(path -> path.startsWith(content));
                // a content edit renders only the pages it changed; templates and assets touch every page
                if (!contentOnly) {
                    site.forgetTemplates();
                }
                rebuild(() -> contentOnly ? site.update(settings, output) : site.build(settings, output),
                        ChangedFiles.describe(changed.get(), project) + " changed: ", server, pages, out);
            }
        }
        return 0;
    }

    /** One way of building: {@link IncrementalSite#build} or {@link IncrementalSite#update}. */
    private interface Rebuild {
        IncrementalSite.Rebuilt run() throws BuildFailed;
    }

    /**
     * Runs one build and logs it, prefixed with {@code cause} (what changed, or nothing for the
     * first build); then tells open pages to reload, or, when it failed, to show its problems.
     */
    private boolean rebuild(Rebuild rebuild, String cause, PreviewServer server, ProblemPages pages,
                            PrintWriter out) {
        long start = System.nanoTime();
        try {
            IncrementalSite.Rebuilt result = rebuild.run();
            long millis = (System.nanoTime() - start) / 1_000_000;
            out.println(cause.isEmpty()
                    ? String.format("Built %d pages in %d ms", result.pages(), millis)
                    : String.format("%srebuilt %d %s in %d ms (%d pages in all)", cause, result.rendered(),
                            result.rendered() == 1 ? "page" : "pages", millis, result.pages()));
            out.flush();
            server.reload();
            return true;
        } catch (BuildFailed failure) {
            PrintWriter err = spec.commandLine().getErr();
            if (!cause.isEmpty()) {
                err.println(cause + "the site did not build:");
            }
            Problems.print(failure, err);
            err.println("(the preview keeps showing the last good build, with these problems over every page)");
            err.flush();
            server.showProblems(failure.problems(), pages::pageOf);
            return false;
        }
    }
}
