package org.layerwise;

import org.layerwise.cache.BuildCaches;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.model.Problem;
import org.layerwise.render.OutputFolder;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds that start from the caches of an earlier run (each run here reads them from disk, as a
 * new process would) write the same site as builds without them, byte for byte, and report the
 * same problems, whatever changed in between.
 */
class BuildCachesIT {

    private static final String ARTICLE = "content/articles/what-serums-do.md";

    @TempDir
    Path folder;

    private FixtureSite site;

    @BeforeEach
    void firstRunFillsTheCaches() throws Exception {
        site = FixtureSite.real(folder.resolve("project"));
        BuildCaches caches = caches();
        build(caches, "first");
        assertEquals(0, caches.bodies().reused());
        assertTrue(Files.size(cacheFolder().resolve("bodies.bin")) > 100_000);
        assertTrue(Files.size(cacheFolder().resolve("page-readings.bin")) > 10_000);
    }

    @Test
    void anUnchangedSiteIsBuiltFromTheCachesAndIsTheSameAsWithout() throws Exception {
        BuildCaches caches = caches();
        Path cached = build(caches, "cached");
        assertEquals(caches.bodies().used(), caches.bodies().reused(), "every body from the cache");
        assertTrue(caches.bodies().reused() > 50, "articles, pages and data files' Markdown: " + caches.bodies().reused());
        assertEquals(caches.pageReadings().used(), caches.pageReadings().reused(), "every page reading from the cache");
        assertSameAsWithoutCaches(cached);
    }

    @Test
    void editedMarkdownIsRenderedAgain() throws Exception {
        site.write(ARTICLE, site.read(ARTICLE) + "\nA sentence added after the last build.\n");
        site.write("content/glossary.yaml", site.read("content/glossary.yaml").replaceFirst("definition: \\|\n    ",
                "definition: |\n    Newly worded: "));
        BuildCaches caches = caches();
        Path cached = build(caches, "edited");
        assertEquals(2, caches.bodies().used() - caches.bodies().reused(), "the article and one definition");
        assertTrue(Files.readString(cached.resolve("articles/what-serums-do/index.html"))
                .contains("A sentence added after the last build."));
        assertSameAsWithoutCaches(cached);
    }

    @Test
    void aRemovedGlossaryTermIsReportedInArticlesThatWereCached() throws Exception {
        String glossary = site.read("content/glossary.yaml");
        String term = glossary.lines().filter(line -> line.startsWith("- id: ")).findFirst().orElseThrow()
                .substring("- id: ".length()).strip();
        assertTrue(site.read(ARTICLE).contains("(term:" + term + ")") || anyArticleLinks(term),
                "some article links to the first term, " + term);
        int start = glossary.indexOf("- id: " + term);
        int next = glossary.indexOf("\n- id: ", start);
        site.write("content/glossary.yaml", glossary.substring(0, start) + glossary.substring(next + 1));

        List<Problem> withCaches = problems(caches());
        List<Problem> without = problems(BuildCaches.none());
        assertEquals(without, withCaches);
        assertTrue(withCaches.stream().anyMatch(p -> p.message().contains(term)), withCaches.toString());
    }

    @Test
    void aFileWithProblemsIsReportedOnEveryRun() throws Exception {
        site.write("content/articles/broken.md", "---\ntitle: Broken\ndate: 2026-11-01\nsummary: S.\n---\n\n"
                + "A [term](term:no-such-term) and [another](term:no-such-term-either).\n");
        List<Problem> first = problems(caches());
        assertEquals(2, first.size(), first.toString());
        assertEquals(first, problems(caches()));
    }

    @Test
    void aResizedImageChangesTheSizeInPagesThatWereCached() throws Exception {
        image(40, 30);
        site.write("content/articles/with-image.md", "---\ntitle: With an image\ndate: 2026-11-01\nsummary: S.\n---\n\n"
                + "![A swatch of cream](/img/swatch.png)\n");
        build(caches(), "image-1");
        image(80, 60);
        Path cached = build(caches(), "image-2");
        String page = Files.readString(cached.resolve("articles/with-image/index.html"));
        assertTrue(page.contains("width=\"80\" height=\"60\""), page);
        assertSameAsWithoutCaches(cached);
    }

    @Test
    void aStylesheetEditKeepsTheRenderedMarkdown() throws Exception {
        site.write("assets/css/tokens.css", site.read("assets/css/tokens.css") + "\n/* edited */\n");
        BuildCaches caches = caches();
        Path cached = build(caches, "stylesheet");
        assertEquals(caches.bodies().used(), caches.bodies().reused(), "no body rendered again");
        assertTrue(Files.readString(cached.resolve("css/site.css")).contains("/* edited */"));
        assertSameAsWithoutCaches(cached);
    }

    @Test
    void damagedCacheFilesAreIgnoredAndReplaced() throws Exception {
        Files.writeString(cacheFolder().resolve("bodies.bin"), "damaged");
        byte[] readings = Files.readAllBytes(cacheFolder().resolve("page-readings.bin"));
        Files.write(cacheFolder().resolve("page-readings.bin"), java.util.Arrays.copyOf(readings, readings.length / 2));
        assertSameAsWithoutCaches(build(caches(), "after-damage"));

        BuildCaches repaired = caches();
        build(repaired, "repaired");
        assertEquals(repaired.bodies().used(), repaired.bodies().reused());
    }

    @Test
    void aSameLengthEditInsideACachedBodyIsNotPublished() throws Exception {
        Path bodies = cacheFolder().resolve("bodies.bin");
        byte[] tampered = overwrite(Files.readAllBytes(bodies), "<p>", "<script>alert(1)</script>");
        Files.write(bodies, tampered);
        BuildCaches caches = caches();
        Path cached = build(caches, "after-edit");
        assertEquals(1, caches.bodies().rejected(), "the edited value failed its check");
        assertEquals(caches.bodies().used() - 1, caches.bodies().reused(), "the others were still used");
        assertSameAsWithoutCaches(cached);
        assertFalse(FixtureSite.files(cached).values().stream().anyMatch(page -> page.contains("alert(1)")));

        BuildCaches repaired = caches();
        build(repaired, "repaired");
        assertEquals(0, repaired.bodies().rejected(), "the value computed again was written back");
    }

    @Test
    void aFlippedBitInThePageReadingsGivesNoFalseBrokenLinks() throws Exception {
        Path readings = cacheFolder().resolve("page-readings.bin");
        byte[] bytes = Files.readAllBytes(readings);
        int at = indexOf(bytes, "articles/".getBytes(StandardCharsets.UTF_8));
        bytes[at] ^= 0x02;   // "articles/" becomes "crticles/", a link to nowhere
        Files.write(readings, bytes);
        BuildCaches caches = caches();
        assertSameAsWithoutCaches(build(caches, "after-flip"));
        assertEquals(1, caches.pageReadings().rejected());
    }

    @Test
    void everyFlippedBitOfACachedBodyIsCaughtOrHarmless() throws Exception {
        Path bodies = cacheFolder().resolve("bodies.bin");
        byte[] original = Files.readAllBytes(bodies);
        java.util.Random random = new java.util.Random(15);
        for (int i = 0; i < 5; i++) {
            byte[] bytes = original.clone();
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
            Files.write(bodies, bytes);
            assertSameAsWithoutCaches(build(caches(), "flip-" + i));
            Files.write(bodies, original);
        }
    }

    @Test
    void aNoCacheBuildAfterTamperingNeitherReadsNorWritesTheCaches() throws Exception {
        Path bodies = cacheFolder().resolve("bodies.bin");
        byte[] tampered = overwrite(Files.readAllBytes(bodies), "<p>", "<script>alert(1)</script>");
        Files.write(bodies, tampered);
        Path withoutCaches = build(BuildCaches.inMemory(), "no-cache");
        assertFalse(FixtureSite.files(withoutCaches).values().stream().anyMatch(page -> page.contains("alert(1)")));
        assertTrue(java.util.Arrays.equals(tampered, Files.readAllBytes(bodies)), "--no-cache wrote nothing");
        assertSameAsWithoutCaches(build(caches(), "cached-after-no-cache"));
    }

    /** {@code bytes} with {@code replacement} written over them where {@code anchor} first occurs. */
    private static byte[] overwrite(byte[] bytes, String anchor, String replacement) {
        int at = indexOf(bytes, anchor.getBytes(StandardCharsets.UTF_8));
        byte[] with = replacement.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(with, 0, bytes, at, with.length);
        return bytes;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not in the cache file: " + new String(part, StandardCharsets.UTF_8));
    }

    @Test
    void anotherVersionOfTheProgramStartsAfresh() throws Exception {
        BuildCaches other = BuildCaches.in(cacheFolder(), "another version");
        build(other, "other-version");
        assertEquals(0, other.bodies().reused());
        assertEquals(0, other.pageReadings().reused());
    }

    private boolean anyArticleLinks(String term) throws Exception {
        try (var files = Files.list(site.root().resolve("content/articles"))) {
            return files.anyMatch(file -> {
                try {
                    return Files.readString(file).contains("(term:" + term + ")");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    private Path cacheFolder() {
        return site.root().resolve("target/layerwise-cache");
    }

    /** The caches as a new run of the program reads them. */
    private BuildCaches caches() {
        return BuildCaches.in(cacheFolder(), "this test's version");
    }

    private Path build(BuildCaches caches, String name) throws BuildFailed {
        Path output = folder.resolve(name);
        SiteBuild build = new SiteBuild(site.root(), output, caches);
        build.build(build.settings(Optional.empty(), false), new OutputFolder(output));
        return output;
    }

    private List<Problem> problems(BuildCaches caches) {
        Path output = folder.resolve("failing-" + System.nanoTime());
        SiteBuild build = new SiteBuild(site.root(), output, caches);
        return assertThrows(BuildFailed.class,
                () -> build.build(build.settings(Optional.empty(), false), new OutputFolder(output))).problems();
    }

    /** The same site as a build without the cache package's decorators at all. */
    private void assertSameAsWithoutCaches(Path cached) throws Exception {
        Path fresh = build(BuildCaches.none(), "fresh-" + System.nanoTime());
        assertEquals(FixtureSite.files(fresh), FixtureSite.files(cached));
    }

    private void image(int width, int height) throws Exception {
        Path file = site.root().resolve("assets/img/swatch.png");
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
    }
}
