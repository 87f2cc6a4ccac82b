package org.layerwise.cli;

import org.layerwise.markdown.LinkTargets;
import org.layerwise.markdown.MarkdownContext;
import org.layerwise.markdown.MarkdownRenderer;
import org.layerwise.load.FrontMatter;
import org.layerwise.load.Slugs;
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
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
        Path content = parent.project.resolve("content");
        MarkdownRenderer renderer = new MarkdownRenderer(
                new LinkTargets(ids(content.resolve("types"), ".yaml"), glossaryIds(content)),
                parent.project.resolve("assets").toAbsolutePath().normalize());
        List<Problem> problems = new ArrayList<>();
        Body body = renderer.render(parts.body(), new MarkdownContext(file, parts.bodyFirstLine(), "../../"), problems);
        spec.commandLine().getOut().print(body.html());
        spec.commandLine().getOut().flush();
        problems.forEach(p -> spec.commandLine().getErr().println(p));
        return problems.isEmpty() ? 0 : LayerwiseCommand.PROBLEMS;
    }

    private static Set<String> ids(Path folder, String extension) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(extension))
                    .map(Slugs::baseName).collect(Collectors.toSet());
        }
    }

    private static Set<String> glossaryIds(Path content) throws IOException {
        Path glossary = content.resolve("glossary.yaml");
        if (!Files.isRegularFile(glossary)) {
            return Set.of();
        }
        return new org.layerwise.load.GlossaryLoader(new ArrayList<>())
                .ids(glossary, Files.readString(glossary, StandardCharsets.UTF_8));
    }
}
