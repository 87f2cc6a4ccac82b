package org.layerwise.cli;

import org.layerwise.jbake.JBakeProject;
import org.layerwise.load.FrontMatter;
import org.layerwise.load.ContentReader;
import org.layerwise.load.SiteLoader;
import org.layerwise.markdown.BodyRenderer;
import org.layerwise.markdown.MarkdownContext;
import org.layerwise.markdown.MarkdownRenderer;
import org.layerwise.load.Slugs;
import org.layerwise.model.Body;
import org.layerwise.model.SitePaths;
import org.layerwise.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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
        if (Files.isDirectory(file)) {
            return Options.usage(spec, file + " is a folder, not a Markdown file");
        }
        if (!Files.exists(file)) {
            return Options.usage(spec, file + ": no such file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            spec.commandLine().getErr().println("layerwise render: " + IoMessages.describe(e));
            return LayerwiseCommand.IO;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer text = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, text, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            spec.commandLine().getErr().println(Problem.at(file, line,
                    "the file is not UTF-8 text (a byte sequence on this line is not UTF-8); save it as UTF-8"));
            return LayerwiseCommand.PROBLEMS;
        }
        List<String> lines = text.flip().toString().lines().toList();
        FrontMatter parts = FrontMatter.split(lines)
                .orElse(new FrontMatter("", 1, String.join("\n", lines) + "\n", 1));
        Path project = parent.project.toAbsolutePath().normalize();
        SiteLoader site = new SiteLoader(project, JBakeProject.open(project, project.resolve("target/site")),
                ContentReader.DIRECT, BodyRenderer.Decorator.NONE);
        MarkdownRenderer renderer = site.markdownRenderer(site.linkTargets());
        List<Problem> problems = new ArrayList<>();
        Body body = renderer.render(parts.body(), new MarkdownContext(file, parts.bodyFirstLine()), problems);
        spec.commandLine().getOut().print(body.htmlAt(SitePaths.article(Slugs.baseName(file.getFileName().toString()))));
        spec.commandLine().getOut().flush();
        problems.forEach(p -> spec.commandLine().getErr().println(p));
        return problems.isEmpty() ? 0 : LayerwiseCommand.PROBLEMS;
    }
}
