package org.layerwise;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads the code as a new maintainer would and checks the shape issue #17 asked for: packages
 * import only packages below them in the pipeline and never each other in a loop; the caches are a
 * layer no stage imports; page paths are made in one file; the stage runner is short; templates
 * call macros instead of including partials. Imports are read as the Java source's
 * {@code import} statements, line by line. That page paths are made in one file is checked on the
 * parsed sources by {@link org.layerwise.model.AddressBookTest}.
 *
 * <p>Checked elsewhere, because they need the packaged tool or the baked site: no OrientDB (or other
 * unused JBake library) in {@code target/lib} ({@link PackagedToolIT}); the two wording fixes, "essence,
 * serum and ampoule" and "exfoliant (AHA/BHA)", on the real site ({@link RealSiteIT}).
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/org/layerwise");
    private static final Path TEMPLATES = Path.of("templates");
    private static final String ROOT = "(root)";

    /** The pipeline's stages, which must not know the speed layer. */
    private static final Set<String> STAGES = Set.of("load", "markdown", "validate", "derive", "plan", "render",
            "check");

    private static final Set<String> BELOW_STAGES = Set.of("model", "jbake");

    /**
     * Which packages each package may import: the pipeline order model → load/markdown → derive
     * (computations both validate and plan use) → validate → plan → render → check, then the caches (decorators of the stages' interfaces), the
     * runner in the root package, serve and cli. {@code jbake}, the one adapter to JBake, imports
     * nothing of ours. A package missing here fails {@link #everyPackageIsInTheAllowedGraph}.
     */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("jbake", Set.of()),
            Map.entry("markdown", Set.of("model")),
            Map.entry("load", Set.of("model", "jbake", "markdown")),
            // derive holds the computations over the model (routine order, tables, geometry) that
            // validate checks (a routine with a cycle) and plan lays out: below both
            Map.entry("derive", Set.of("model", "jbake", "markdown", "load")),
            Map.entry("validate", Set.of("model", "jbake", "markdown", "load", "derive")),
            Map.entry("plan", Set.of("model", "jbake", "markdown", "load", "validate", "derive")),
            Map.entry("render", Set.of("model", "jbake", "markdown", "load", "validate", "derive", "plan")),
            Map.entry("check", Set.of("model", "jbake", "markdown", "load", "validate", "derive", "plan", "render")),
            Map.entry("cache", Set.of("model", "jbake", "markdown", "load", "validate", "derive", "plan", "render",
                    "check")),
            Map.entry(ROOT, Set.of("model", "jbake", "markdown", "load", "validate", "derive", "plan", "render",
                    "check", "cache")),
            Map.entry("serve", Set.of("model", "jbake", "markdown", "load", "validate", "derive", "plan", "render",
                    "check", "cache", ROOT)),
            Map.entry("cli", Set.of("model", "jbake", "markdown", "load", "validate", "derive", "plan", "render",
                    "check", "cache", ROOT, "serve")));

    /** One Java source file: its package (below org.layerwise) and what it imports. */
    private record Source(Path file, String pkg, List<String> imports, List<String> lines) {

        /** The packages of ours it imports, below org.layerwise ({@link #ROOT} for the root package). */
        Set<String> importedPackages() {
            Set<String> packages = new TreeSet<>();
            for (String name : imports) {
                if (name.startsWith("org.layerwise.")) {
                    packages.add(packageOf(name.substring("org.layerwise.".length())));
                }
            }
            packages.remove(pkg);
            return packages;
        }
    }

    private static List<Source> sources;

    @BeforeAll
    static void read() throws IOException {
        List<Source> read = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                read.add(new Source(file, packageOfFile(file), imports(lines), lines));
            }
        }
        sources = List.copyOf(read);
        assertTrue(sources.size() > 50, "read the sources: " + sources.size());
    }

    /** The names a file imports ({@code import a.b.C;}, {@code import static a.b.C.d;}), read line by line. */
    private static List<String> imports(List<String> lines) {
        List<String> names = new ArrayList<>();
        for (String line : lines) {
            String statement = line.strip();
            if (!statement.startsWith("import ") || !statement.endsWith(";")) {
                continue;
            }
            String name = statement.substring("import ".length(), statement.length() - 1).strip();
            if (name.startsWith("static ")) {
                name = name.substring("static ".length()).strip();
            }
            names.add(name);
        }
        return names;
    }

    /** The package below org.layerwise of a name below it: "load.SiteLoader" is load, "SiteBuild" the root. */
    private static String packageOf(String below) {
        String first = below.split("\\.", 2)[0];
        return Character.isUpperCase(first.charAt(0)) ? ROOT : first;
    }

    private static String packageOfFile(Path file) {
        Path relative = SOURCES.relativize(file);
        return relative.getNameCount() == 1 ? ROOT : relative.getName(0).toString();
    }

    /** Package → the packages of ours it imports. */
    private static Map<String, Set<String>> graph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Source source : sources) {
            graph.computeIfAbsent(source.pkg(), p -> new TreeSet<>()).addAll(source.importedPackages());
        }
        return graph;
    }

    @Test
    void everyPackageIsInTheAllowedGraph() {
        Set<String> unknown = new TreeSet<>(graph().keySet());
        unknown.removeAll(ALLOWED.keySet());
        assertEquals(Set.of(), unknown, "packages to place in ArchitectureTest.ALLOWED");
    }

    @Test
    void packagesImportOnlyPackagesBelowThem() {
        List<String> upward = new ArrayList<>();
        for (Source source : sources) {
            Set<String> allowed = ALLOWED.getOrDefault(source.pkg(), Set.of());
            for (String imported : source.importedPackages()) {
                if (!allowed.contains(imported)) {
                    upward.add(SOURCES.relativize(source.file()) + ": " + source.pkg() + " → " + imported);
                }
            }
        }
        assertEquals(List.of(), upward, "imports of a package above (or beside) the importing one");
    }

    @Test
    void noImportCycleBetweenPackages() {
        Map<String, Set<String>> graph = graph();
        Optional<List<String>> cycle = findCycle(graph);
        assertEquals(Optional.empty(), cycle, "packages that import each other, round: " + graph);
    }

    /** A cycle in the graph, as the packages along it, if there is one (depth-first search). */
    private static Optional<List<String>> findCycle(Map<String, Set<String>> graph) {
        Map<String, Integer> state = new HashMap<>(); // 1 on the current path, 2 done
        for (String start : graph.keySet()) {
            Deque<String> path = new ArrayDeque<>();
            Optional<List<String>> found = visit(start, graph, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> visit(String node, Map<String, Set<String>> graph,
                                                Map<String, Integer> state, Deque<String> path) {
        Integer seen = state.get(node);
        if (seen != null && seen == 2) {
            return Optional.empty();
        }
        if (seen != null) {
            List<String> cycle = new ArrayList<>();
            List<String> onPath = new ArrayList<>(path);
            Collections.reverse(onPath);
            cycle.addAll(onPath.subList(onPath.indexOf(node), onPath.size()));
            cycle.add(node);
            return Optional.of(cycle);
        }
        state.put(node, 1);
        path.push(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            Optional<List<String>> found = visit(next, graph, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        path.pop();
        state.put(node, 2);
        return Optional.empty();
    }

    @Test
    void theCycleFinderFindsACycle() {
        assertEquals(Optional.of(List.of("a", "b", "c", "a")), findCycle(new TreeMap<>(Map.of(
                "a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a")))));
        assertEquals(Optional.empty(), findCycle(new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of()))));
    }

    @Test
    void noStageImportsTheCaches() {
        List<String> found = new ArrayList<>();
        for (Source source : sources) {
            if (STAGES.contains(source.pkg()) || BELOW_STAGES.contains(source.pkg())) {
                source.imports().stream().filter(name -> name.startsWith("org.layerwise.cache."))
                        .forEach(name -> found.add(SOURCES.relativize(source.file()) + " imports " + name));
            }
        }
        assertEquals(List.of(), found, "the speed layer must be removable: no stage knows it");
    }

    @Test
    void onlyTheAdapterImportsJBake() {
        List<String> found = new ArrayList<>();
        for (Source source : sources) {
            if (!source.pkg().equals("jbake")) {
                source.imports().stream().filter(name -> name.startsWith("org.jbake."))
                        .forEach(name -> found.add(SOURCES.relativize(source.file()) + " imports " + name));
            }
        }
        assertEquals(List.of(), found);
        assertTrue(sources.stream().anyMatch(s -> s.pkg().equals("jbake")
                && s.imports().stream().anyMatch(name -> name.startsWith("org.jbake."))), "the adapter uses JBake");
    }

    /**
     * The runner is the one class that turns problems into a failed build ({@code new BuildFailed});
     * {@code Stages}, beside it, only adapts each stage to return its result with its problems.
     */
    @Test
    void theStageRunnerIsAtMost150Lines() {
        List<Source> deciding = sources.stream()
                .filter(s -> s.lines().stream().anyMatch(line -> line.contains("new BuildFailed("))).toList();
        assertEquals(1, deciding.size(), "one class decides when a build fails: " + deciding.stream()
                .map(Source::file).toList());
        Source runner = deciding.get(0);
        assertEquals(ROOT, runner.pkg(), "the runner sits in the root package: " + runner.file());
        assertTrue(runner.lines().size() <= 150,
                runner.file() + " runs the stages in " + runner.lines().size() + " lines; at most 150");
    }

    @Test
    void templatesCallMacrosInsteadOfIncludingPartials() throws IOException {
        List<String> including = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ftl")).sorted().toList()) {
                String text = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
                if (text.contains("<#include") || text.contains("[#include")) {
                    including.add(TEMPLATES.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        assertEquals(List.of(), including, "templates with <#include: partials take their inputs as macro parameters");
    }

    /** FreeMarker source without its {@code <#-- … -->} comments. */
    private static String withoutComments(String template) {
        StringBuilder kept = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int start = template.indexOf("<#--", i);
            if (start < 0) {
                kept.append(template, i, template.length());
                break;
            }
            kept.append(template, i, start);
            int end = template.indexOf("-->", start + 4);
            i = end < 0 ? template.length() : end + 3;
        }
        return kept.toString();
    }

    @Test
    void everyPackageSaysWhatItIsFor() {
        Set<String> packages = new TreeSet<>(graph().keySet());
        List<String> missing = new ArrayList<>();
        for (String pkg : packages) {
            Path info = (pkg.equals(ROOT) ? SOURCES : SOURCES.resolve(pkg)).resolve("package-info.java");
            if (!Files.isRegularFile(info)) {
                missing.add(pkg);
            }
        }
        assertEquals(List.of(), missing, "packages without a package-info.java");
        assertFalse(packages.isEmpty());
    }
}
