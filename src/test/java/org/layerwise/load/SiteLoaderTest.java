package org.layerwise.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.FixtureSite;
import org.layerwise.markdown.BodyRenderer;
import org.layerwise.jbake.JBakeProject;
import org.layerwise.model.Article;
import org.layerwise.model.Page;
import org.layerwise.model.Problem;
import org.layerwise.model.ProductType;
import org.layerwise.model.SiteContent;
import org.layerwise.model.SiteSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole content/ folder of a small fixture site, read as a build reads it. */
class SiteLoaderTest {

    @TempDir
    Path folder;

    private SiteLoader loader(FixtureSite site) {
        return new SiteLoader(site.root(), JBakeProject.open(site.root(), site.output()), ContentReader.DIRECT,
                BodyRenderer.Decorator.NONE);
    }

    @Test
    void loadsEveryKindOfFileOfTheFixtureWithoutProblems() {
        FixtureSite site = FixtureSite.minimal(folder);
        SiteLoader loader = loader(site);
        List<Problem> problems = new ArrayList<>();
        SiteContent content = loader.load(loader.settings(Optional.empty(), false), problems);

        assertEquals(List.of(), problems);
        assertEquals(List.of("moisturizer", "serum", "toner"), content.types().stream().map(ProductType::id).toList());
        assertEquals(List.of("first-steps"), content.articles().stream().map(Article::slug).toList(),
                "the draft is left out of a build");
        assertEquals(List.of("about"), content.pages().stream().map(Page::slug).toList());
        assertEquals(4, content.ingredients().size());
        assertTrue(content.glossary().stream().anyMatch(term -> term.id().equals("humectant")));
        assertTrue(content.faq().size() > 0);
        Article article = content.articles().get(0);
        assertEquals("First steps", article.title());
        assertEquals(List.of("toner", "serum"), article.types());
        assertEquals(Path.of("content/articles/first-steps.md"), article.origin().file());
        assertEquals(Set.of(), loader.leftOutPages());
    }

    @Test
    void settingsComeFromJBakePropertiesAndTheCommandLine() {
        FixtureSite site = FixtureSite.minimal(folder);
        SiteSettings settings = loader(site).settings(Optional.of("https://example.org/lw/"), true);
        assertEquals("Fixture", settings.title());
        assertEquals("fixture.example,2026-01-01", settings.siteId(), "site.id is joined again at its comma");
        assertEquals("https://example.org/lw", settings.baseUrl());
        assertTrue(settings.preview());
    }

    @Test
    void draftsAreLoadedForThePreview() {
        FixtureSite site = FixtureSite.minimal(folder);
        SiteLoader loader = loader(site);
        List<Problem> problems = new ArrayList<>();
        SiteContent content = loader.load(loader.settings(Optional.empty(), true), problems);
        assertEquals(List.of(), problems);
        assertEquals(Set.of("first-steps", "unfinished"),
                Set.copyOf(content.articles().stream().map(Article::slug).toList()));
    }

    @Test
    void reportsEveryBadFileInOneRunAndLeavesThemOut() {
        FixtureSite site = FixtureSite.minimal(folder)
                .write("content/types/serum.yaml", "name: [Serum\nstep: 1\n")
                .write("content/articles/first-steps.md", "---\ntitle: No date\n---\nBody.\n")
                .write("content/pages/about.md", "---\ntitle: About\nauthor: me\n---\nA page.\n")
                .write("content/notes.txt", "a note\n")
                .write("content/ingredients/niacinamide.yaml", "- not a mapping\n");
        SiteLoader loader = loader(site);
        List<Problem> problems = new ArrayList<>();
        SiteContent content = loader.load(loader.settings(Optional.empty(), false), problems);

        List<String> shown = problems.stream().sorted(Problem.IN_FILE_ORDER).map(Problem::toString).toList();
        assertEquals(Set.of("content/types/serum.yaml", "content/articles/first-steps.md", "content/pages/about.md",
                        "content/notes.txt", "content/ingredients/niacinamide.yaml"),
                Set.copyOf(problems.stream().map(p -> p.file().toString().replace('\\', '/')).toList()),
                shown.toString());
        assertTrue(shown.contains("content/types/serum.yaml:2:5: invalid YAML: while parsing a flow sequence:"
                + " expected ',' or ']', but got :"), shown.toString());
        assertTrue(shown.contains("content/articles/first-steps.md:2: missing required key 'date'"), shown.toString());
        assertTrue(shown.stream().anyMatch(p -> p.startsWith("content/pages/about.md:3: unknown key 'author'")),
                shown.toString());
        assertTrue(shown.stream().anyMatch(p -> p.startsWith("content/notes.txt: the build does not read this file")),
                shown.toString());
        assertTrue(shown.stream().anyMatch(p -> p.startsWith("content/ingredients/niacinamide.yaml:1:1: ")),
                shown.toString());

        assertEquals(List.of("moisturizer", "toner"), content.types().stream().map(ProductType::id).toList());
        assertEquals(List.of(), content.articles());
        assertEquals(Set.of("serum"), loader.leftOutIds("types"));
        assertEquals(Set.of("types/serum/", "articles/first-steps/", "about/"),
                loader.leftOutPages(), "links to them are not broken, only waiting");
    }
}
