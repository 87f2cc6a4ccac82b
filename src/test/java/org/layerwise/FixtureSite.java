package org.layerwise;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.layerwise.cli.LayerwiseCommand;
import org.layerwise.jbake.JBakeProject;
import org.layerwise.load.ContentReader;
import org.layerwise.load.SiteLoader;
import org.layerwise.markdown.BodyRenderer;
import org.layerwise.model.Problem;
import org.layerwise.model.SiteContent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A small site in a temporary folder, built with the project's real templates and assets, for
 * tests to edit and bake. {@link #real} copies the project's own content instead.
 */
public final class FixtureSite {

    /** What one run of the command-line tool printed and returned. */
    public record Run(int exitCode, String out, String err) {
    }

    private final Path root;

    private FixtureSite(Path root) {
        this.root = root;
    }

    /** The fixture under src/test/resources/fixtures/minimal, copied into {@code folder}. */
    public static FixtureSite minimal(Path folder) {
        copy(Path.of("src/test/resources/fixtures/minimal"), folder);
        copyLooks(folder);
        return new FixtureSite(folder);
    }

    /** The project's own site, copied into {@code folder}. */
    public static FixtureSite real(Path folder) {
        copy(Path.of("content"), folder.resolve("content"));
        copyFile(Path.of("jbake.properties"), folder.resolve("jbake.properties"));
        copyLooks(folder);
        return new FixtureSite(folder);
    }

    /**
     * The content of the project at {@code project}, loaded as a build loads it; fails the test if
     * it has any problem.
     */
    public static SiteContent content(Path project, Path output) {
        Path root = project.toAbsolutePath().normalize();
        SiteLoader loader = new SiteLoader(root, JBakeProject.open(root, output), ContentReader.DIRECT, BodyRenderer.Decorator.NONE);
        List<Problem> problems = new ArrayList<>();
        SiteContent site = loader.load(loader.settings(Optional.empty(), false), problems);
        if (!problems.isEmpty()) {
            throw new AssertionError("problems in " + root + ": " + problems);
        }
        return site;
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.resolve("target/site");
    }

    public FixtureSite write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code build}, which must fail for problems in the content (exit code 1) without a stack
     * trace, and gives what it printed.
     */
    public Run failingBuild() {
        Run run = run("build");
        if (run.exitCode() != 1 || run.err().contains("\tat ") || run.err().contains("Exception")) {
            throw new AssertionError("expected a build failing with problems, no stack trace; exit code "
                    + run.exitCode() + ":\n" + run.out() + run.err());
        }
        return run;
    }

    /** Runs the command-line tool in this site's folder, capturing its output. */
    public Run run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--project";
        all[args.length + 1] = root.toString();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int code = LayerwiseCommand.run(all);
            return new Run(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** Builds the site into target/site, failing the test with the tool's output if it fails. */
    public FixtureSite build(String... extra) {
        String[] args = new String[extra.length + 1];
        args[0] = "build";
        System.arraycopy(extra, 0, args, 1, extra.length);
        Run run = run(args);
        if (run.exitCode() != 0) {
            throw new AssertionError("build failed with " + run.exitCode() + ":\n" + run.err());
        }
        return this;
    }

    /** Every file under {@code root} by its path, with its bytes (as ISO-8859-1 text, so any bytes compare). */
    public static Map<String, String> files(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file),
                        StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A built page, parsed. */
    public Document page(String sitePath) {
        String file = sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
        try {
            return Jsoup.parse(output().resolve(file).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyLooks(Path folder) {
        copy(Path.of("templates"), folder.resolve("templates"));
        copy(Path.of("assets"), folder.resolve("assets"));
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyFile(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
