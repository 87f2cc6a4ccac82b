package org.layerwise.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiskCacheTest {

    private static final DiskCache.Codec<String> TEXT = new DiskCache.Codec<>() {
        @Override
        public void write(DataOutputStream out, String value) throws java.io.IOException {
            DiskCache.writeString(out, value);
        }

        @Override
        public String read(DataInputStream in) throws java.io.IOException {
            return DiskCache.readString(in);
        }
    };

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("cache/values.bin");
    }

    private DiskCache<String> saved(String version, String context, String... keysAndValues) {
        DiskCache<String> cache = DiskCache.read(file(), version, TEXT);
        cache.startRun(context);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            cache.keep(keysAndValues[i], keysAndValues[i + 1]);
        }
        cache.save();
        return cache;
    }

    @Test
    void findsWhatAnEarlierRunKeptInTheSameContextAndVersion() {
        String long64k = "é".repeat(40_000);   // longer than writeUTF allows, and not ASCII
        saved("v1", "ids: a b", "one", "1", "long", long64k);

        DiskCache<String> next = DiskCache.read(file(), "v1", TEXT);
        next.startRun("ids: a b");
        assertEquals(Optional.of("1"), next.find("one"));
        assertEquals(Optional.of(long64k), next.find("long"));
        assertEquals(Optional.empty(), next.find("two"));
        assertEquals(2, next.reused());
    }

    @Test
    void forgetsEverythingForAnotherContextOrVersion() {
        saved("v1", "ids: a b", "one", "1");

        DiskCache<String> otherContext = DiskCache.read(file(), "v1", TEXT);
        otherContext.startRun("ids: a b c");
        assertEquals(Optional.empty(), otherContext.find("one"));

        DiskCache<String> otherVersion = DiskCache.read(file(), "v2", TEXT);
        otherVersion.startRun("ids: a b");
        assertEquals(Optional.empty(), otherVersion.find("one"));
    }

    @Test
    void writesOnlyWhatTheLastRunUsedAndNothingWhenNothingChanged() throws Exception {
        saved("v1", "", "one", "1", "two", "2");
        DiskCache<String> next = DiskCache.read(file(), "v1", TEXT);
        next.startRun("");
        next.find("one");
        next.save();   // "two" was not asked for: the file of a deleted article

        DiskCache<String> third = DiskCache.read(file(), "v1", TEXT);
        third.startRun("");
        assertEquals(Optional.empty(), third.find("two"));
        assertEquals(Optional.of("1"), third.find("one"));
        FileTime before = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(file(), before);
        third.save();
        assertEquals(before, Files.getLastModifiedTime(file()), "the same values are not written again");
    }

    @Test
    void aRebuildInTheSameProcessReusesTheLastRunsValues() {
        DiskCache<String> cache = DiskCache.inMemory();
        cache.startRun("c");
        assertEquals(Optional.empty(), cache.find("one"));
        cache.keep("one", "1");
        cache.startRun("c");
        assertEquals(Optional.of("1"), cache.find("one"));
        cache.startRun("d");
        assertEquals(Optional.empty(), cache.find("one"), "not in another context");
        cache.save();   // nowhere to write: does nothing
    }

    @Test
    void aDamagedFileIsAnEmptyCacheAndIsReplacedByTheNextSave() throws Exception {
        saved("v1", "", "one", "1", "two", "2");
        byte[] bytes = Files.readAllBytes(file());
        for (byte[] damaged : new byte[][] {
                java.util.Arrays.copyOf(bytes, bytes.length - 3),               // cut short
                java.util.Arrays.copyOf(bytes, bytes.length + 1),               // something after the end
                "not a cache at all".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new byte[0]}) {
            Files.write(file(), damaged);
            DiskCache<String> cache = DiskCache.read(file(), "v1", TEXT);
            cache.startRun("");
            assertEquals(Optional.empty(), cache.find("one"));
        }
        saved("v1", "", "one", "1");
        DiskCache<String> repaired = DiskCache.read(file(), "v1", TEXT);
        repaired.startRun("");
        assertEquals(Optional.of("1"), repaired.find("one"));
    }

    @Test
    void aCacheThatCannotBeWrittenIsNotWrittenAndFailsNothing() throws Exception {
        Files.writeString(folder.resolve("cache"), "a file where the cache folder should be");
        saved("v1", "", "one", "1");
        assertFalse(Files.isDirectory(folder.resolve("cache")));
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no half-written file is left behind");
        }
    }

    @Test
    void keysOfManyNearlyEqualTextsAllDiffer() throws Exception {
        String article = Files.readString(Path.of("content/articles/what-serums-do.md"));
        java.util.Set<String> keys = new java.util.HashSet<>();
        int texts = 0;
        for (int at = 0; at < article.length(); at += 7) {   // every single-character edit at a position
            for (char c : new char[] {'a', 'e', ' ', '\n', '\u2014'}) {
                keys.add(DiskCache.key(article.substring(0, at) + c + article.substring(at + 1)));
                texts++;
            }
        }
        for (int i = 0; i < 100_000; i++) {
            keys.add(DiskCache.key("page " + i, "../../"));
            texts++;
        }
        // equal texts (an edit that changed nothing) give equal keys, so count the distinct texts
        assertEquals(texts - duplicates(article), keys.size());
    }

    private static int duplicates(String article) {
        java.util.Set<String> texts = new java.util.HashSet<>();
        int count = 0;
        for (int at = 0; at < article.length(); at += 7) {
            for (char c : new char[] {'a', 'e', ' ', '\n', '\u2014'}) {
                if (!texts.add(article.substring(0, at) + c + article.substring(at + 1))) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void keysDigestEveryPartAndWhereOneEnds() {
        assertEquals(DiskCache.key("a", "b"), DiskCache.key("a", "b"));
        assertNotEquals(DiskCache.key("ab", ""), DiskCache.key("a", "b"));
        assertNotEquals(DiskCache.key("a"), DiskCache.key("b"));
        assertNotEquals(DiskCache.key("ab"), DiskCache.key("ba"));
        assertTrue(DiskCache.key("x").matches("[0-9a-f]{32}"));
    }

    @Test
    void aSameLengthEditOfAValueIsNotTrustedAndTheValueIsWrittenAgain() throws Exception {
        saved("v1", "", "page", "<p>safe</p>", "other", "kept");
        byte[] bytes = Files.readAllBytes(file());
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("<p>safe</p>");
        System.arraycopy("<i>evil</i>".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, bytes, at, 11);
        Files.write(file(), bytes);

        DiskCache<String> next = DiskCache.read(file(), "v1", TEXT);
        next.startRun("");
        assertEquals(Optional.empty(), next.find("page"), "the edited value is not used");
        assertEquals(Optional.of("kept"), next.find("other"), "the others are");
        assertEquals(1, next.rejected());
        next.keep("page", "<p>safe</p>");
        next.save();

        DiskCache<String> repaired = DiskCache.read(file(), "v1", TEXT);
        repaired.startRun("");
        assertEquals(Optional.of("<p>safe</p>"), repaired.find("page"));
        assertEquals(0, repaired.rejected());
    }

    @Test
    void everyFlippedBitGivesTheRightValueOrNone() throws Exception {
        saved("v1", "ctx", "a", "first value", "b", "second value");
        byte[] original = Files.readAllBytes(file());
        for (int i = 0; i < original.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] bytes = original.clone();
                bytes[i] ^= (byte) (1 << bit);
                Files.write(file(), bytes);
                DiskCache<String> cache = DiskCache.read(file(), "v1", TEXT);
                cache.startRun("ctx");
                assertTrue(cache.find("a").map("first value"::equals).orElse(true), "byte " + i + " bit " + bit);
                assertTrue(cache.find("b").map("second value"::equals).orElse(true), "byte " + i + " bit " + bit);
            }
        }
    }

    @Test
    void everyDamagedStretchOfUpToFourBytesGivesTheRightValueOrNone() throws Exception {
        saved("v1", "ctx", "a", "first value", "b", "second value");
        byte[] original = Files.readAllBytes(file());
        java.util.Random random = new java.util.Random(32);
        for (int i = 0; i + 4 <= original.length; i++) {
            byte[] bytes = original.clone();
            for (int j = i; j < i + 4; j++) {
                bytes[j] ^= (byte) (1 + random.nextInt(255));   // every byte of the stretch changes
            }
            Files.write(file(), bytes);
            DiskCache<String> cache = DiskCache.read(file(), "v1", TEXT);
            cache.startRun("ctx");
            assertTrue(cache.find("a").map("first value"::equals).orElse(true), "bytes " + i + "-" + (i + 3));
            assertTrue(cache.find("b").map("second value"::equals).orElse(true), "bytes " + i + "-" + (i + 3));
        }
    }
}
