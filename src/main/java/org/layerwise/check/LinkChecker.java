package org.layerwise.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.layerwise.model.Problem;
import org.layerwise.model.SiteLink;
import org.layerwise.model.SitePaths;
import org.layerwise.plan.PlannedPage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
    private final NavigableSet<String> files;
    private final Set<String> served;
    private final PageScans scans;
    /** The scans of this build's HTML pages, by file; kept in {@code scans} only once the build succeeded. */
    private final Map<String, PageScans.Scan> scanned = new ConcurrentHashMap<>();
    /** Ids of files the build copied rather than wrote, read from disk when a link asks for them. */
    private final Map<String, Set<String>> idsOfCopies = new ConcurrentHashMap<>();

    /**
     * @param output the folder the site is written to, read only for anchors into files the
     *               build copied rather than wrote (assets)
     * @param files  every file of the site, relative to its root, as the build writes them: links
     *               are checked against this list, not against what happens to be on disk
     * @param served files that a server provides beside the site (the preview's live-reload
     *               script), as site paths
     * @param scans  reads pages, and keeps the scans of the last successful build of a
     *               {@code serve} session
     */
    public LinkChecker(Path output, Set<String> files, Set<String> served, PageScans scans) {
        this.output = output;
        this.files = new TreeSet<>(files);
        this.served = Set.copyOf(served);
        this.scans = scans;
    }

    /** Keeps this build's scans for the next build to reuse; call once the build has succeeded. */
    public void keepScans() {
        scans.replaceWith(scanned);
    }

    /**
     * Checks the links of the pages of a build that wrote them all.
     *
     * @param written the scans of the HTML pages, by file, as the render stage read them
     *                ({@link PageScans#read(PlannedPage, String)}) while it wrote them
     * @param origins where the pages' Markdown links were written, and the pages left out
     */
    public void check(List<PlannedPage> pages, Map<String, PageScans.Scan> written, LinkOrigins origins,
                      List<Problem> problems) {
        scanned.putAll(written);
        checkScanned(pages, origins, problems);
    }

    /**
     * Checks the links of a rebuild that rendered some pages ({@code rendered}, with their HTML)
     * and reused the others from the last successful build, whose files were {@code previousFiles}
     * and whose scans of the pages reused are taken. If the site has the same files and no
     * rendered page lost or gained an id, every reused page's links lead where they led then, when
     * they were all fine, so only the rendered pages are checked; otherwise all of them.
     */
    public void checkUpdate(List<PlannedPage> pages, Map<PlannedPage, String> rendered, Set<String> previousFiles,
                            LinkOrigins origins, List<Problem> problems) {
        Set<String> renderedFiles = ConcurrentHashMap.newKeySet();
        rendered.entrySet().parallelStream().filter(e -> e.getKey().isHtml()).forEach(e -> {
            scanned.put(e.getKey().file(), scans.read(e.getKey(), e.getValue()));
            renderedFiles.add(e.getKey().file());
        });
        pages.stream().filter(page -> page.isHtml() && !renderedFiles.contains(page.file())).forEach(page ->
                scanned.put(page.file(), scans.known(page.file()).orElseThrow(() ->
                        new IllegalStateException("no earlier scan of " + page.file()))));
        boolean sameTargets = files.equals(previousFiles) && renderedFiles.stream().allMatch(file ->
                scans.known(file).map(PageScans.Scan::ids).equals(Optional.of(scanned.get(file).ids())));
        checkScanned(sameTargets ? pages.stream().filter(page -> renderedFiles.contains(page.file())).toList() : pages,
                origins, problems);
    }

    private void checkScanned(List<PlannedPage> pages, LinkOrigins origins, List<Problem> problems) {
        // Pages are checked on all cores; the problems are sorted when reported.
        Set<Problem> found = ConcurrentHashMap.newKeySet();
        pages.parallelStream().filter(page -> scanned.containsKey(page.file())).forEach(page -> {
            for (String target : scanned.get(page.file()).links()) {
                broken(page.file(), target, origins.leftOut())
                        .flatMap(why -> problem(page, target, why, origins)).ifPresent(found::add);
            }
        });
        problems.addAll(found);
    }

    /**
     * Why a link from {@code fromFile} to {@code target} leads nowhere, if it does. A link to a
     * page in {@code leftOut}, whose file has problems of its own, is not reported again.
     */
    private Optional<String> broken(String fromFile, String target, Set<String> leftOut) {
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
            String resolved = base.resolve(pathPart).getPath().substring(1);   // percent-decoded
            if (List.of(resolved.split("/")).contains("..")) {
                return Optional.of("it points outside the site");
            }
            if (served.contains(resolved)) {
                return Optional.empty();
            }
            file = resolved;
            if (!files.contains(file) && isFolder(file)) {
                if (!file.isEmpty() && !file.endsWith("/")) {
                    return Optional.of("folder links must end with '/'");
                }
                file = file + "index.html";
            }
            if (!files.contains(file)) {
                return leftOut.contains(resolved) ? Optional.empty() : Optional.of("no such page or file");
            }
        }
        if (!fragment.isEmpty() && file.endsWith(".html") && !idsOf(file).contains(fragment)) {
            return Optional.of("no element with id '" + fragment + "' on that page");
        }
        return Optional.empty();
    }

    /** Whether some file of the site lies in the folder {@code path} ("" is the root). */
    private boolean isFolder(String path) {
        String folder = path.isEmpty() || path.endsWith("/") ? path : path + "/";
        String next = files.ceiling(folder);
        return next != null && next.startsWith(folder);
    }

    /**
     * The problem of a broken link, at the Markdown file and line that wrote it: a body of the
     * page itself, or one the page shows, found by its links among the page's; else at the
     * template of the page's kind, unless files were left out for their problems: pages made
     * from them (a tag's page, a series' index) are then missing too, so a template's link to
     * one is no problem of its own.
     */
    private Optional<Problem> problem(PlannedPage page, String target, String why, LinkOrigins origins) {
        Optional<Problem> found = writtenBy(page, target, why, origins.byPage().getOrDefault(page.path(), List.of()));
        if (found.isEmpty()) {
            List<String> links = scanned.get(page.file()).links();
            List<LinkOrigin> shown = new ArrayList<>();
            for (LinkOrigins.Written body : origins.bodies()) {
                if (!body.body().links().isEmpty() && Collections.indexOfSubList(links, scans.scan(body.body()).links().stream()
                        .map(href -> SitePaths.forPage(href, page.path())).toList()) >= 0) {
                    body.body().links().forEach(link -> shown.add(new LinkOrigin(body.file(), link)));
                }
            }
            found = writtenBy(page, target, why, shown);
        }
        if (found.isEmpty() && origins.leftOut().isEmpty()) {
            found = Optional.of(Problem.at(Path.of("templates"), 0, "broken link '" + target + "' on /"
                    + page.path() + ": " + why + " (made by the template for '" + page.kind() + "' pages)"));
        }
        return found;
    }

    private static Optional<Problem> writtenBy(PlannedPage page, String target, String why, List<LinkOrigin> origins) {
        for (LinkOrigin origin : origins) {
            SiteLink link = origin.link();
            if (link.samePage() ? target.startsWith("#") && decoded(target.substring(1)).equals(decoded(link.fragment()))
                    : leadsTo(page, target, link)) {
                return Optional.of(Problem.at(origin.file(), link.line(), link.samePage()
                        ? "broken link '" + link.written() + "' on /" + page.path() + ": " + why
                        : "broken link to " + link.written() + ": " + why));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code target}, on {@code page}, is where {@code link} leads. */
    private static boolean leadsTo(PlannedPage page, String target, SiteLink link) {
        String hash = link.fragment().isEmpty() ? "" : "#" + link.fragment();
        if ((page.root() + link.path() + hash).equals(target)) {
            return true;
        }
        try {
            URI resolved = URI.create("file:///" + page.file()).resolve(target);
            return resolved.getPath().equals("/" + decoded(link.path()))
                    && Objects.equals(resolved.getFragment() == null ? "" : resolved.getFragment(), decoded(link.fragment()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private Set<String> idsOf(String file) {
        PageScans.Scan scan = scanned.get(file);
        return scan != null ? scan.ids() : idsOfCopies.computeIfAbsent(file, f -> PageScans.scan(parse(f)).ids());
    }

    private Document parse(String file) {
        try {
            return Jsoup.parse(output.resolve(file).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
