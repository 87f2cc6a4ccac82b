package org.layerwise.serve;

import org.layerwise.load.Slugs;

import org.layerwise.model.SitePaths;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The preview page a source file produces, for linking a build problem to the page concerned:
 * an article → {@code articles/<slug>/}, a type → {@code types/<id>/}, an ingredient →
 * {@code ingredients/<id>/}, a standalone page → {@code <slug>/}. Only pages the last good build
 * wrote count: a file that never built, or any other file, has no page.
 */
public final class ProblemPages {

    private final Path project;
    private final Path site;

    /**
     * @param project the project folder, against which problems' relative file names are read
     * @param site    the folder the preview serves
     */
    public ProblemPages(Path project, Path site) {
        this.project = project.toAbsolutePath().normalize();
        this.site = site.toAbsolutePath().normalize();
    }

    /** The page's path within the site, such as {@code articles/first-steps/}, if there is one. */
    public Optional<String> pageOf(Path file) {
        Path absolute = project.resolve(file).normalize();
        if (!absolute.startsWith(project.resolve("content")) || absolute.getFileName() == null) {
            return Optional.empty();
        }
        Path inContent = project.resolve("content").relativize(absolute);
        String name = absolute.getFileName().toString();
        String base = Slugs.baseName(name);
        String folder = inContent.getName(0).toString();
        boolean makesPage = switch (folder) {
            case "articles" -> name.endsWith(".md");
            case "types", "ingredients" -> inContent.getNameCount() == 2 && name.endsWith(".yaml");
            case "pages" -> inContent.getNameCount() == 2 && name.endsWith(".md");
            default -> false;
        };
        String page = makesPage ? SitePaths.ofContentFile(folder, base).orElse(null) : null;
        if (page == null || base.isEmpty()) {
            return Optional.empty();
        }
        Path written = site.resolve(page).normalize();
        return written.startsWith(site) && Files.isRegularFile(written.resolve("index.html"))
                ? Optional.of(page) : Optional.empty();
    }
}
