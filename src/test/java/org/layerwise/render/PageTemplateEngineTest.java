package org.layerwise.render;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.jbake.JBakeProject;
import org.layerwise.model.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Templates see the model they are given and nothing else: JBake's content store is out of reach. */
class PageTemplateEngineTest {

    @TempDir
    Path project;

    private PageTemplateEngine engine;

    @BeforeEach
    void templates() throws IOException {
        Files.writeString(project.resolve("jbake.properties"), "site.title=Test\n");
        Path templates = Files.createDirectories(project.resolve("templates"));
        Files.writeString(templates.resolve("store-keys.ftl"),
                "${tags?join(',')}|${pages}|${data.name}|${db}\n");
        engine = new PageTemplateEngine(JBakeProject.open(project, project.resolve("out")));
    }

    @Test
    void keysNamedLikeJBakesExtractorsAreReadFromTheModel() {
        List<Problem> problems = new ArrayList<>();
        Optional<String> html = engine.render("store-keys.ftl",
                Map.of("tags", List.of("serum", "toner"), "pages", 3, "data", Map.of("name", "essence"), "db", "none"),
                problems);
        assertEquals(List.of(), problems);
        assertEquals("serum,toner|3|essence|none\n", html.orElseThrow());
    }

    @Test
    void eachStoreKeyMissingFromTheModelFailsCleanly() throws IOException {
        for (String key : List.of("tags", "pages", "data", "db", "published_posts", "alltags")) {
            Files.writeString(project.resolve("templates/" + key + ".ftl"), "<p>\n${" + key + "?size}</p>\n");
            List<Problem> problems = new ArrayList<>();
            Optional<String> html = engine.render(key + ".ftl", Map.of("other", 1), problems);
            assertTrue(html.isEmpty(), key);
            assertEquals(1, problems.size(), problems.toString());
            assertEquals(Path.of("templates", key + ".ftl"), problems.get(0).file());
            assertEquals(2, problems.get(0).line(), problems.toString());
            assertTrue(problems.get(0).message().contains("evaluated to null or missing"), problems.toString());
            assertTrue(problems.get(0).message().contains(key), problems.toString());
        }
    }

    @Test
    void aSyntaxErrorNamesTheTemplateLineAndColumn() throws IOException {
        Files.writeString(project.resolve("templates/broken.ftl"), "<p>\n<#if x></p>\n");
        List<Problem> problems = new ArrayList<>();
        assertTrue(engine.render("broken.ftl", Map.of("x", true), problems).isEmpty());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Path.of("templates", "broken.ftl"), problems.get(0).file());
        assertTrue(problems.get(0).message().startsWith("template syntax: "), problems.toString());
    }
}
