package org.layerwise.serve;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which preview page a problem's file links to: the page it produced in the last good build. */
class ProblemPagesTest {

    @TempDir
    Path project;

    private ProblemPages pages;

    @BeforeEach
    void site() throws Exception {
        Path site = project.resolve("target/preview");
        for (String page : new String[] {"articles/first-steps", "types/serum", "ingredients/retinol", "about"}) {
            Files.createDirectories(site.resolve(page));
            Files.writeString(site.resolve(page).resolve("index.html"), "<p>page</p>");
        }
        pages = new ProblemPages(project, site);
    }

    @Test
    void linksArticlesTypesIngredientsAndPagesToTheirAddresses() {
        assertEquals(Optional.of("articles/first-steps/"), pages.pageOf(Path.of("content/articles/first-steps.md")));
        assertEquals(Optional.of("articles/first-steps/"), pages.pageOf(Path.of("content/articles/basics/first-steps.md")),
                "an article in a sub-folder keeps its address");
        assertEquals(Optional.of("types/serum/"), pages.pageOf(Path.of("content/types/serum.yaml")));
        assertEquals(Optional.of("ingredients/retinol/"), pages.pageOf(Path.of("content/ingredients/retinol.yaml")));
        assertEquals(Optional.of("about/"), pages.pageOf(Path.of("content/pages/about.md")));
        assertEquals(Optional.of("types/serum/"), pages.pageOf(project.resolve("content/types/serum.yaml")),
                "an absolute file name too");
    }

    @Test
    void linksNothingWithoutAPageOfItsOwnInTheLastGoodBuild() {
        assertEquals(Optional.empty(), pages.pageOf(Path.of("content/articles/never-built.md")));
        assertEquals(Optional.empty(), pages.pageOf(Path.of("content/types/ampoule.yaml")));
        assertEquals(Optional.empty(), pages.pageOf(Path.of("content/glossary.yaml")));
        assertEquals(Optional.empty(), pages.pageOf(Path.of("content/types/serum.md")));
        assertEquals(Optional.empty(), pages.pageOf(Path.of("templates/layout/base.ftl")));
        assertEquals(Optional.empty(), pages.pageOf(Path.of("content/../target/preview/about.md")));
        assertEquals(Optional.empty(), pages.pageOf(Path.of("content")));
    }
}
