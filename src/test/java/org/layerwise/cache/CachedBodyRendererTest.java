package org.layerwise.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.markdown.BodyRenderer;
import org.layerwise.markdown.LinkTargets;
import org.layerwise.markdown.MarkdownContext;
import org.layerwise.markdown.MarkdownRenderer;
import org.layerwise.model.Body;
import org.layerwise.model.Problem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The body cache as a decorator: what it renders and what it takes from disk instead. */
class CachedBodyRendererTest {

    private static final String MARKDOWN = "# Serums\n\nA [serum](type:serum) is light.\n";
    private static final MarkdownContext CONTEXT = new MarkdownContext(Path.of("content/articles/a.md"), 5);

    @TempDir
    Path folder;

    /** The site's renderer, counting how often it really renders. */
    private final AtomicInteger rendered = new AtomicInteger();
    private final MarkdownRenderer markdown = new MarkdownRenderer(new LinkTargets(Set.of("serum"), Set.of()),
            Path.of("assets").toAbsolutePath());
    private final BodyRenderer counting = new BodyRenderer() {
        @Override
        public Body render(String text, MarkdownContext context, List<Problem> problems) {
            rendered.incrementAndGet();
            return markdown.render(text, context, problems);
        }

        @Override
        public LinkTargets targets() {
            return markdown.targets();
        }
    };

    private BuildCaches caches() {
        return BuildCaches.in(folder, "this test's version");
    }

    private Body render(BodyRenderer renderer, String text, MarkdownContext context) {
        List<Problem> problems = new ArrayList<>();
        Body body = renderer.render(text, context, problems);
        return body;
    }

    @Test
    void aBodyRenderedInAnEarlierRunIsTakenFromTheCacheAndEqualsAFreshRendering() {
        BuildCaches first = caches();
        Body fresh = render(first.cachedBodies(counting, "ids"), MARKDOWN, CONTEXT);
        first.saveBodies();
        first.awaitSaved();
        assertEquals(1, rendered.get());

        BuildCaches second = caches();
        Body cached = render(second.cachedBodies(counting, "ids"), MARKDOWN, CONTEXT);
        assertEquals(1, rendered.get(), "not rendered again");
        assertEquals(fresh, cached);
        assertEquals(markdown.render(MARKDOWN, CONTEXT, new ArrayList<>()), cached);
        assertEquals(1, second.bodies().reused());
    }

    @Test
    void otherMarkdownAnotherPlaceOrAnotherContextIsRendered() {
        BuildCaches first = caches();
        render(first.cachedBodies(counting, "ids"), MARKDOWN, CONTEXT);
        first.saveBodies();
        first.awaitSaved();

        BuildCaches second = caches();
        BodyRenderer renderer = second.cachedBodies(counting, "ids");
        render(renderer, MARKDOWN + "More.\n", CONTEXT);
        render(renderer, MARKDOWN, new MarkdownContext(CONTEXT.file(), 6));
        render(renderer, MARKDOWN, new MarkdownContext(Path.of("content/articles/b.md"), 5));
        assertEquals(4, rendered.get());
        render(caches().cachedBodies(counting, "other ids"), MARKDOWN, CONTEXT);
        assertEquals(5, rendered.get(), "another context: nothing found");
    }

    @Test
    void aBodyWithProblemsIsNeverKeptSoItIsReportedOnEveryRun() {
        BodyRenderer renderer = BuildCaches.inMemory().cachedBodies(counting, "");
        String broken = "A [link](type:no-such-type).\n";
        List<Problem> first = new ArrayList<>();
        renderer.render(broken, CONTEXT, first);
        List<Problem> second = new ArrayList<>();
        renderer.render(broken, CONTEXT, second);
        assertFalse(first.isEmpty());
        assertEquals(first, second);
        assertEquals(2, rendered.get());
    }

    @Test
    void aCorruptedValueIsRenderedAgainAndWrittenBack() throws Exception {
        BuildCaches first = caches();
        Body fresh = render(first.cachedBodies(counting, ""), MARKDOWN, CONTEXT);
        first.saveBodies();
        first.awaitSaved();
        Path file = folder.resolve("bodies.bin");
        byte[] bytes = Files.readAllBytes(file);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("is light");
        bytes[at] ^= 0x01;   // "is light" becomes "hs light"
        Files.write(file, bytes);

        BuildCaches second = caches();
        Body again = render(second.cachedBodies(counting, ""), MARKDOWN, CONTEXT);
        assertEquals(2, rendered.get(), "rendered again");
        assertEquals(fresh, again);
        assertEquals(1, second.bodies().rejected());
        second.saveBodies();
        second.awaitSaved();
        assertEquals(0, caches().bodies().rejected(), "the value rendered again was written back");
    }

    @Test
    void withoutCachesTheRendererIsTheStagesOwn() {
        assertSame(counting, BuildCaches.none().cachedBodies(counting, "ids"));
        assertTrue(markdown.targets().typeIds().contains("serum"));
        assertEquals(markdown.targets(), caches().cachedBodies(counting, "").targets());
    }
}
