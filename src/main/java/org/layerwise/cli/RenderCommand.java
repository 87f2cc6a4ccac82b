package org.layerwise.cli;

import org.layerwise.cache.DiskCache;
import org.layerwise.load.FrontMatter;
import org.layerwise.load.JBakeParsing;
import org.layerwise.load.ParsedFiles;
import org.layerwise.load.SiteLoader;
import org.layerwise.markdown.MarkdownContext;
import org.layerwise.markdown.MarkdownRenderer;
import org.layerwise.model.Body;
import org.layerwise.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code layerwise render FILE.md}: the HTML of one Markdown body, as the site renders it. */
@Command(name = "render", description = "Print the HTML of one Markdown file's body.")
final class RenderCommand implements Callable<Integer> {

    @ParentCommand
    LayerwiseCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "the Markdown file")
    Path file;

    @Override
    public Integer call() throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        FrontMatter parts = FrontMatter.split(lines)
                .orElse(new FrontMatter("", 1, String.join("\n", lines) + "\n", 1));
        Path project = parent.project.toAbsolutePath().normalize();
        SiteLoader site = new SiteLoader(project, new JBakeParsing(project, project.resolve("target/site")),
                new ParsedFiles(), DiskCache.inMemory());
        MarkdownRenderer renderer = site.markdownRenderer(site.linkTargets());
        List<Problem> problems = new ArrayList<>();
        Body body = renderer.render(parts.body(), new MarkdownContext(file, parts.bodyFirstLine(), "../../"), problems);
        spec.commandLine().getOut().print(body.html());
        spec.commandLine().getOut().flush();
        problems.forEach(p -> spec.commandLine().getErr().println(p));
        return problems.isEmpty() ? 0 : LayerwiseCommand.PROBLEMS;
    }
}
