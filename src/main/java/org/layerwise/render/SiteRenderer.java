package org.layerwise.render;

import org.layerwise.jbake.JBakeProject;
import org.layerwise.model.SitePaths;
import org.layerwise.model.Problem;
import org.layerwise.model.SiteSettings;
import org.layerwise.plan.DataFile;
import org.layerwise.plan.PlannedPage;
import org.layerwise.plan.SitePlan;
import org.layerwise.plan.SitePlanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Writes planned pages through their templates, and copies {@code assets/} to the site root as
 * JBake does. A template error becomes a problem naming the template's file and line, reported
 * once with the number of pages it broke; the page is not written, so no stack trace ever
 * reaches a page.
 */
public final class SiteRenderer {

    /** The stylesheet pages link; its imports are inlined so that pages need one CSS request. */
    private static final String STYLESHEET = "site.css";


    private final JBakeProject config;
    private final PageTemplateEngine engine;

    public SiteRenderer(JBakeProject config, PageTemplateEngine engine) {
        this.config = config;
        this.engine = engine;
    }

    /**
     * Renders every page into {@code output}, adding a problem for each that fails, and writes the
     * data files. Returns what {@code reading} made of each HTML page written (not the feeds), by
     * file: the build reads its pages here, while their text is at hand, rather than keeping the
     * whole site's HTML or reading it back from disk. {@code reading} must be a pure function of
     * the page and its HTML, safe from several threads; {@code render} knows nothing of what it
     * makes.
     */
    public <R> Map<String, R> render(SitePlan plan, SiteSettings settings, Path output, List<Problem> problems,
                                     BiFunction<PlannedPage, String, R> reading) {
        Map<String, R> readings = new ConcurrentHashMap<>();
        renderEach(plan.pages(), settings, problems, (page, html) -> {
            write(output.resolve(page.file()), html);
            if (page.isHtml()) {
                readings.put(page.file(), reading.apply(page, html));
            }
        });
        for (DataFile file : plan.files()) {
            write(output.resolve(file.path()), file.text());
        }
        write(output.resolve(SitePaths.ROBOTS), robots(settings));
        copyAssets(output);
        return readings;
    }

    /**
     * Renders {@code pages} without writing them, for a rebuild that replaces only the pages that
     * changed once it knows all is well: their HTML, by page.
     */
    public Map<PlannedPage, String> renderInMemory(List<PlannedPage> pages, SiteSettings settings,
                                                   List<Problem> problems) {
        Map<PlannedPage, String> html = new ConcurrentHashMap<>();
        renderEach(pages, settings, problems, html::put);
        return html;
    }

    /**
     * Renders each page and hands over its HTML, on all cores: pages are independent, and
     * Freemarker templates may be processed concurrently. One template mistake that breaks many
     * pages is one problem, saying on how many pages and on which one, for example.
     */
    private void renderEach(List<PlannedPage> pages, SiteSettings settings, List<Problem> problems,
                            BiConsumer<PlannedPage, String> rendered) {
        Map<Problem, Set<String>> found = new ConcurrentHashMap<>();
        pages.parallelStream().forEach(page -> {
            List<Problem> ofPage = new ArrayList<>();
            renderPage(page, settings, ofPage).ifPresent(html -> rendered.accept(page, html));
            ofPage.forEach(problem -> found.computeIfAbsent(problem, p -> new ConcurrentSkipListSet<>())
                    .add("/" + page.path()));
        });
        found.forEach((problem, on) -> problems.add(on.size() == 1 ? problem.withNote("while rendering " + on.iterator().next())
                : problem.withNote("on " + on.size() + " pages, e.g. " + on.iterator().next())));
    }

    /**
     * Writes pages rendered by {@link #renderInMemory} and data files into {@code output}, over
     * what is there. Each file is written beside its place and moved there in one step, so the
     * preview server, which may be sending that file meanwhile, never sends half of it.
     */
    public static void writeAll(Path output, Map<PlannedPage, String> pages, List<DataFile> files) {
        pages.forEach((page, html) -> replace(output.resolve(page.file()), html));
        files.forEach(file -> replace(output.resolve(file.path()), file.text()));
    }

    private static void replace(Path file, String text) {
        Path next = file.resolveSibling("." + file.getFileName() + ".next");
        write(next, text);
        try {
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files that {@link #render} generates for {@code plan} (all but the assets), as paths from the site root. */
    public static Set<String> generated(SitePlan plan) {
        Set<String> files = new HashSet<>();
        plan.pages().forEach(page -> files.add(page.file()));
        plan.files().forEach(file -> files.add(file.path()));
        files.add(SitePaths.ROBOTS);
        return files;
    }

    /** Every file that {@link #render} writes for {@code plan}, as paths from the site root. */
    public Set<String> files(SitePlan plan) {
        Set<String> files = generated(plan);
        Path assets = config.assetFolder();
        if (Files.isDirectory(assets)) {
            try (Stream<Path> walk = Files.walk(assets)) {
                walk.filter(Files::isRegularFile).filter(file -> published(assets, file))
                        .forEach(file -> files.add(sitePath(assets, file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** The HTML of one page, or empty after reporting its template error (which names no page). */
    public Optional<String> renderPage(PlannedPage page, SiteSettings settings, List<Problem> problems) {
        Map<String, Object> model = new HashMap<>(TemplateVariables.of(page.data()));
        model.put("site", settings);
        model.put("page", page);
        model.put("root", page.root());
        model.put("nav", SitePlanner.navigation(page));
        model.put("canonical", SitePaths.address(settings, page.path()));
        model.put("jsonLd", new StructuredData(settings).blocks(page));
        String template = templateFor(page.kind(), problems);
        if (template == null) {
            return Optional.empty();
        }
        // the bodies in it (page.body(), and those data holds: FAQ answers, glossary
        // definitions) link site paths from the root: written here relative to this page
        return engine.render(template, model, problems).map(html -> SitePaths.forPage(html, page.path()));
    }

    private String templateFor(String kind, List<Problem> problems) {
        Optional<String> name = config.templateFor(kind);
        if (name.isEmpty()) {
            problems.add(Problem.at(Path.of("jbake.properties"), 0,
                    "no template for page kind '" + kind + "': add template." + kind + ".file=<name>.ftl"));
            return null;
        }
        return name.get();
    }

    private void copyAssets(Path output) {
        Path assets = config.assetFolder();
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> files = Files.walk(assets)) {
            for (Path file : files.filter(Files::isRegularFile).filter(file -> published(assets, file)).sorted().toList()) {
                Path target = output.resolve(sitePath(assets, file));
                Files.createDirectories(target.getParent());
                if (file.getFileName().toString().equals(STYLESHEET)) {
                    Files.writeString(target, StylesheetBundler.bundle(file), StandardCharsets.UTF_8);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String robots(SiteSettings settings) {
        return "User-agent: *\nAllow: /\n"
                + (settings.published() ? "Sitemap: " + SitePaths.address(settings, SitePaths.SITEMAP) + "\n" : "");
    }

    /** The site path of an asset: its path under assets/, with '/' between folders on every system. */
    /**
     * Whether an asset file is copied to the site: not when its name or a folder's between it and
     * assets/ starts with a dot, such as {@code img/.gitkeep} (which keeps an empty folder in git
     * and says what goes there) or an editor's own files.
     */
    private static boolean published(Path assets, Path file) {
        for (Path part : assets.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static String sitePath(Path assets, Path file) {
        return assets.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
