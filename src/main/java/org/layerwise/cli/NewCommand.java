package org.layerwise.cli;

import org.layerwise.load.Scaffold;
import org.layerwise.load.Slugs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * {@code layerwise new article|page|type "Name"}: a new file with every key it needs, never
 * overwriting one. An article is a valid draft at once; a page and a type fail the build, naming
 * each value to fill in, until their empty values are filled.
 */
@Command(name = "new", description = "Create a new article (a draft), page or product type, never overwriting a file.")
final class NewCommand implements Callable<Integer> {

    /** A tag or type id as a command-line value: letters and digits of any script, joined by hyphens. */
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

    @ParentCommand
    LayerwiseCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "what to create: article, page or type")
    String kind;

    @Parameters(index = "1", description = "the title (or a type's name), in quotes")
    String title;

    @Option(names = "--tags", split = ",", paramLabel = "TAG", description = "an article's tags, comma-separated")
    List<String> tags = new ArrayList<>();

    @Option(names = "--types", split = ",", paramLabel = "ID", description = "the type ids an article is about, comma-separated")
    List<String> types = new ArrayList<>();

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws IOException {
        if (!List.of("article", "page", "type").contains(kind)) {
            return usage("can only create 'article', 'page' or 'type', not '" + kind + "'");
        }
        if (title.isBlank()) {
            return usage("the title is empty; give one in quotes, like: layerwise new " + kind + " \""
                    + (kind.equals("type") ? "Toner pad" : kind.equals("page") ? "Contact" : "Why toner?") + "\"");
        }
        if (title.codePoints().anyMatch(Character::isISOControl)) {
            return usage("the title must be one line of text, without line breaks or control characters");
        }
        if (!kind.equals("article") && (!tags.isEmpty() || !types.isEmpty())) {
            return usage("--tags and --types are for articles; a " + kind + " has neither");
        }
        for (String value : concat(tags, types)) {
            if (!ID.matcher(value.strip()).matches()) {
                return usage("'" + value + "' is not a tag or type id: write lowercase words joined by hyphens,"
                        + " separated by commas, like --tags basics,hydration --types serum,toner");
            }
        }
        String slug = Slugs.of(title);
        if (slug.isEmpty()) {
            return usage("the title '" + title + "' has no letters or digits to make a file name of; use words");
        }
        if (kind.equals("type") && !Slugs.KEBAB.matcher(slug).matches()) {
            return usage("a type's id, its file name, is made of the name and must be " + Slugs.KEBAB_SHAPE
                    + " (a-z, 0-9); '" + slug + "' is not: give the name in Latin letters and change it later");
        }
        Path file = parent.project.resolve(switch (kind) {
            case "type" -> "content/types/" + slug + ".yaml";
            case "page" -> "content/pages/" + slug + ".md";
            default -> "content/articles/" + slug + ".md";
        });
        String text = switch (kind) {
            case "type" -> type(slug);
            case "page" -> page(slug);
            default -> article();
        };
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("layerwise new: " + file + " already exists; nothing was written."
                    + " Choose another title, or edit that file");
            return LayerwiseCommand.PROBLEMS;
        }
        spec.commandLine().getOut().println("Created " + file.normalize() + switch (kind) {
            case "article" -> " (status: draft — preview it with `serve`; set status: published to publish)";
            default -> " — fill in its empty values (the comments say what goes there): `build` fails,"
                    + " naming each of them, until you do";
        });
        return 0;
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("layerwise new: " + message);
        return LayerwiseCommand.USAGE;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private String quoted() {
        return "\"" + title.strip().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String list(List<String> values) {
        return "[" + String.join(", ", values.stream().map(String::strip).toList()) + "]";
    }

    private String article() {
        return "---\n"
                + "title: " + quoted() + "\n"
                + "date: " + LocalDate.now(clock) + "\n"
                + "# summary: \"One or two sentences for lists, search and link previews.\"\n"
                + "tags: " + list(tags) + "\n"
                + "types: " + list(types) + "\n"
                + "status: draft\n"
                + "---\n\n"
                + "<!-- Write the article here, in Markdown (docs/EDITING.md). Use ## for section headings."
                + " This comment does not show on the page. -->\n";
    }

    private String page(String slug) {
        return "---\n"
                + Scaffold.MARK + "\n"
                + "# The page's heading and the title of its browser tab.\n"
                + "title: " + quoted() + "\n"
                + "# One or two sentences for search engines and link previews, in quotes.\n"
                + "summary:\n"
                + "---\n\n"
                + "<!-- Write the page here, in Markdown (docs/EDITING.md); it is published at /" + slug + "/."
                + " This comment does not show on the page. -->\n";
    }

    private String type(String id) {
        return Scaffold.MARK + "\n"
                + "# A product type, published at /types/" + id + "/. docs/product-types.md explains every key.\n"
                + "\n"
                + "# The display name, capitalised like a sentence (\"Sheet mask\").\n"
                + "name: " + quoted() + "\n"
                + "# One or two plain sentences: what it is and where it goes. Shown in lists, link previews and search.\n"
                + "summary:\n"
                + "# Thickness from 1 (thinnest, like toner) to 5 (thickest, like a balm); it orders types within a step.\n"
                + "texture:\n"
                + "# Strength of the active ingredients from 1 (hardly any) to 5 (highest, like an ampoule).\n"
                + "actives:\n"
                + "# How often, as readers see it, in quotes: \"Daily, morning and evening\" or \"1 to 3 times a week\".\n"
                + "frequency:\n"
                + "# The same for the build: daily, weekly or as-needed (weekly and as-needed types are side steps).\n"
                + "cadence:\n"
                + "# What the formula is built on: water, oil, emulsion or other.\n"
                + "base:\n"
                + "# Where it goes in each routine: its step, a whole number; lower goes first. Compare the steps in\n"
                + "# the other files of content/types/ (serum is 60, moisturizer 80). Delete a routine it is not used in.\n"
                + "routines:\n"
                + "  morning:\n"
                + "    step:\n"
                + "  evening:\n"
                + "    step:\n"
                + "# At least one source: the specific page that says what this file says, never a home page.\n"
                + "# kind is one of guideline, study, review, label, professional, retailer, brand, editorial.\n"
                + "sources:\n"
                + "#  - title: \"Publisher: what the page says\"\n"
                + "#    url: https://example.org/the-page-that-says-it\n"
                + "#    kind: editorial\n"
                + "\n"
                + "# Optional: aliases, optional, emulsifiers, packaging, amount, application, skin_types, purposes,\n"
                + "# key_ingredients, cautions, description (Markdown), disputes, compare_with, reviewed.\n";
    }
}
