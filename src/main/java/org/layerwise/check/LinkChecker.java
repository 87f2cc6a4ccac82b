package org.layerwise.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.layerwise.model.Problem;
import org.layerwise.render.PlannedPage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Follows every internal link, asset reference and {@code #anchor} of every written HTML page and
 * reports the ones that lead nowhere. A link written in Markdown is reported at its own file and
 * line; one made by a template, at the page's kind.
 */
public final class LinkChecker {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Path output;
    private final Set<String> served;
    private final PageScans scans;
    private final Map<String, Set<String>> idsByFile = new ConcurrentHashMap<>();
    private final Map<String, List<String>> linksByFile = new ConcurrentHashMap<>();

    /**
     * @param output the built site
     * @param served files that a server provides beside the site (the preview's live-reload
     *               script), as site paths
     * @param scans  pages already scanned, reused where a page did not change
     */
    public LinkChecker(Path output, Set<String> served, PageScans scans) {
        this.output = output;
        this.served = Set.copyOf(served);
        this.scans = scans;
    }

    /**
     * Reads the links and ids of a page as it is written, so that checking needs no second
     * reading or parsing of the site. Safe to call from several threads at once.
     */
    public void record(PlannedPage page, String html) {
        if (!page.file().endsWith(".html")) {
            return;
        }
        PageScans.Scan scan = scans.scan(page.file(), html);
        idsByFile.put(page.file(), scan.ids());
        linksByFile.put(page.file(), scan.links());
    }

    /**
     * Checks the links of the pages, as recorded by {@link #record}.
     *
     * @param origins for each page path, the Markdown links written for it
     */
    public void check(List<PlannedPage> pages, Map<String, List<LinkOrigin>> origins, List<Problem> problems) {
        // Pages are checked on all cores; the problems are sorted when reported.
        Set<Problem> found = ConcurrentHashMap.newKeySet();
        pages.parallelStream().filter(page -> linksByFile.containsKey(page.file())).forEach(page -> {
            for (String target : linksByFile.get(page.file())) {
                broken(page.file(), target).ifPresent(why -> found.add(problem(page, target, why,
                        origins.getOrDefault(page.path(), List.of()))));
            }
        });
        problems.addAll(found);
    }

    /** Why a link from {@code fromFile} to {@code target} leads nowhere, if it does. */
    private Optional<String> broken(String fromFile, String target) {
        if (target.isEmpty() || target.startsWith("//") || SCHEME.matcher(target).find()) {
            return Optional.empty();
        }
        int hash = target.indexOf('#');
        String pathPart = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : URLDecoder.decode(target.substring(hash + 1), StandardCharsets.UTF_8);
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        if (pathPart.startsWith("/")) {
            return Optional.of("root-absolute links break when the site is served under a sub-path");
        }
        String file = fromFile;
        if (!pathPart.isEmpty()) {
            URI base = URI.create("file:///" + fromFile);
            String resolved = base.resolve(pathPart).getPath().substring(1);
            if (resolved.startsWith("..") || resolved.contains("/../")) {
                return Optional.of("it points outside the site");
            }
            if (served.contains(resolved)) {
                return Optional.empty();
            }
            Path onDisk = output.resolve(URLDecoder.decode(resolved, StandardCharsets.UTF_8));
            if (Files.isDirectory(onDisk)) {
                if (!resolved.isEmpty() && !resolved.endsWith("/")) {
                    return Optional.of("folder links must end with '/'");
                }
                onDisk = onDisk.resolve("index.html");
                resolved = resolved + "index.html";
            }
            if (!Files.isRegularFile(onDisk)) {
                return Optional.of("no such page or file");
            }
            file = resolved;
        }
        if (!fragment.isEmpty() && file.endsWith(".html") && !idsOf(file).contains(fragment)) {
            return Optional.of("no element with id '" + fragment + "' on that page");
        }
        return Optional.empty();
    }

    private Problem problem(PlannedPage page, String target, String why, List<LinkOrigin> origins) {
        String message = "broken link '" + target + "' on /" + page.path() + ": " + why;
        for (LinkOrigin origin : origins) {
            String written = page.root() + origin.link().path()
                    + (origin.link().fragment().isEmpty() ? "" : "#" + origin.link().fragment());
            if (written.equals(target)) {
                return Problem.at(origin.file(), origin.link().line(), "broken link to /" + origin.link().path()
                        + (origin.link().fragment().isEmpty() ? "" : "#" + origin.link().fragment()) + ": " + why);
            }
        }
        return Problem.at(Path.of("templates"), 0, message + " (made by the template for '" + page.kind() + "' pages)");
    }

    private Set<String> idsOf(String file) {
        return idsByFile.computeIfAbsent(file, f -> PageScans.idsIn(parse(f)));
    }

    private Document parse(String file) {
        try {
            return Jsoup.parse(output.resolve(file).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
