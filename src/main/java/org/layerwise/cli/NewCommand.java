package org.layerwise.cli;

import org.layerwise.load.Slugs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code layerwise new article "Title"}: a new draft with valid front matter; never overwrites. */
@Command(name = "new", description = "Create a new draft article with valid front matter.")
final class NewCommand implements Callable<Integer> {

    @ParentCommand
    LayerwiseCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "what to create: article")
    String kind;

    @Parameters(index = "1", description = "the title, in quotes")
    String title;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws IOException {
        if (!"article".equals(kind)) {
            spec.commandLine().getErr().println("layerwise new: can only create 'article', not '" + kind + "'");
            return LayerwiseCommand.USAGE;
        }
        if (title.isBlank()) {
            spec.commandLine().getErr().println("layerwise new: the title is empty; give one in quotes, "
                    + "like: layerwise new article \"Why toner?\"");
            return LayerwiseCommand.USAGE;
        }
        if (title.codePoints().anyMatch(Character::isISOControl)) {
            spec.commandLine().getErr().println("layerwise new: the title must be one line of text, "
                    + "without line breaks or control characters");
            return LayerwiseCommand.USAGE;
        }
        String slug = Slugs.of(title);
        if (slug.isEmpty()) {
            spec.commandLine().getErr().println("layerwise new: the title '" + title
                    + "' has no letters or digits to make a file name of; use words");
            return LayerwiseCommand.USAGE;
        }
        Path file = parent.project.resolve("content/articles/" + slug + ".md");
        Files.createDirectories(file.getParent());
        String text = "---\n"
                + "title: \"" + title.strip().replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n"
                + "date: " + LocalDate.now(clock) + "\n"
                + "# summary: \"One or two sentences for lists, search and link previews.\"\n"
                + "tags: []\n"
                + "types: []\n"
                + "status: draft\n"
                + "---\n\n"
                + "Write the introduction here. Use ## for section headings.\n";
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("layerwise new: " + file + " already exists; choose another title");
            return LayerwiseCommand.PROBLEMS;
        }
        spec.commandLine().getOut().println("Created " + file.normalize()
                + " (status: draft — preview it with `serve`; set status: published to publish)");
        return 0;
    }
}
