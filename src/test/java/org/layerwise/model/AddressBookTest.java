package org.layerwise.model;

import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import org.junit.jupiter.api.Test;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link SitePaths} is the one place that knows how deep a page sits: no other class of the tool
 * writes a relative path such as {@code "../"} (read from the string literals of the parsed sources).
 */
class AddressBookTest {

    @Test
    void onlyTheAddressBookWritesRelativePaths() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Set<String> writing = new TreeSet<>();
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = manager.getJavaFileObjectsFromPaths(sources);
            JavacTask task = (JavacTask) compiler.getTask(null, manager, null, List.of("-proc:none"), null, units);
            task.parse().forEach(unit -> unit.accept(new TreeScanner<Void, Void>() {
                @Override
                public Void visitLiteral(LiteralTree literal, Void unused) {
                    if (literal.getKind() == Tree.Kind.STRING_LITERAL && ((String) literal.getValue()).contains("../")) {
                        writing.add(Path.of(unit.getSourceFile().toUri()).getFileName().toString());
                    }
                    return null;
                }
            }, null));
        }
        assertEquals(Set.of("SitePaths.java"), writing);
    }
}
