package org.layerwise.cache;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;

/**
 * Results of a pure function of text, kept on disk between runs, as Jekyll and Astro keep their
 * rendered Markdown: most of what a build computes is the same as last time. A value is found by a
 * key that digests everything it was computed from ({@link #key}); besides that, it may depend on
 * a <em>context</em> shared by all values of a run (for rendered Markdown: the ids links may name
 * and the images) and on the code that computed it (the <em>version</em>). A cache file holds
 * values for one version and one context, and is forgotten as a whole when either differs.
 *
 * <p>A cache file is not trusted: each value carries a CRC-32C checksum of the context, its key
 * and its bytes, checked as the file is read (in the background, while the build starts); a value
 * whose checksum does not match or that cannot be decoded is dropped, so it is computed again and
 * written back. The checksum catches every flipped bit and every damaged stretch of up to 32 bits,
 * and misses other accidental damage (an edit of another length, a torn write) with a chance of
 * one in four billion. Like any unkeyed check, it is no defence against someone who edits the
 * file on purpose and computes the checksum again; someone who can write {@code target/} can also
 * replace the site there (see docs/security.md).
 *
 * <p>A cache never fails a build: a missing, unreadable or damaged file is an empty cache, and a
 * cache that cannot be written is not written. It is written whole, beside its place, and then
 * moved there, so a build running at the same time reads the old file or the new one. Values not
 * asked for in the last run (of deleted files, of earlier versions) are dropped when it is written.
 *
 * @param <V> the values; immutable, as they are shared between runs and threads
 */
public final class DiskCache<V> {

    /** How values are written and read back; {@code read(write(v))} must equal {@code v}. */
    public interface Codec<V> {
        void write(DataOutputStream out, V value) throws IOException;

        V read(DataInputStream in) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(DiskCache.class);

    /** The first bytes of a cache file; the number changes when the layout of the file does. */
    private static final String FORMAT = "layerwise cache 4";

    /** The checked values in a file, the context they were computed in, and how many failed their check. */
    private record Saved<V>(String context, Map<String, V> values, int rejected) {
        static <V> Saved<V> none() {
            return new Saved<>("", Map.of(), 0);
        }
    }

    private final Path file;
    private final String version;
    private final Codec<V> codec;
    /** The values in the file, being read or read; replaced when this cache writes the file. */
    private volatile CompletableFuture<Saved<V>> saved;
    /** Values of the previous run in this process, for a rebuild that asks for most of them again. */
    private volatile Map<String, V> previous = Map.of();
    /** Values asked for or kept in the current run. */
    private volatile Map<String, V> current = new ConcurrentHashMap<>();
    private volatile String context = "";
    private final AtomicInteger reused = new AtomicInteger();
    /** How many values of the file failed their check when it was read. */
    private final CompletableFuture<Integer> rejectedOnRead;

    private DiskCache(Path file, String version, Codec<V> codec, CompletableFuture<Saved<V>> saved) {
        this.file = file;
        this.version = version;
        this.codec = codec;
        this.saved = saved;
        this.rejectedOnRead = saved.thenApply(Saved::rejected);
    }

    /** A cache that keeps nothing between processes; within one, a run reuses the values of the last. */
    public static <V> DiskCache<V> inMemory() {
        return new DiskCache<>(null, "", null, CompletableFuture.completedFuture(Saved.none()));
    }

    /**
     * The cache in {@code file} for the code {@code version}; empty if there is none. The file is
     * read in the background, while the build starts its engines; asking for a value waits for it.
     */
    public static <V> DiskCache<V> read(Path file, String version, Codec<V> codec) {
        return new DiskCache<>(file, version, codec, CompletableFuture.supplyAsync(() -> load(file, version, codec)));
    }

    /**
     * Reads a file, keeping the values whose checksum vouches for them and that decode completely.
     * A damaged header or layout drops the whole file.
     */
    private static <V> Saved<V> load(Path file, String version, Codec<V> codec) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!FORMAT.equals(in.readUTF()) || !version.equals(readString(in))) {
                return Saved.none();
            }
            String context = readString(in);
            int contextCheck = checksum(context);
            int count = in.readInt();
            Map<String, V> values = new HashMap<>();
            int rejected = 0;
            for (int i = 0; i < count; i++) {
                String key = readString(in);
                int length = in.readInt();
                byte[] bytes = in.readNBytes(Math.max(length, 0));
                if (length < 0 || bytes.length != length) {
                    throw new IOException("damaged: a value's length is wrong");
                }
                int check = in.readInt();
                Optional<V> value = check == checksum(contextCheck, key, bytes) ? decoded(codec, bytes) : Optional.empty();
                if (value.isPresent()) {
                    values.put(key, value.get());
                } else {
                    rejected++;
                    LOG.info("the cache {} holds a damaged or edited value for {}; it is computed again", file, key);
                }
            }
            if (in.read() != -1) {
                throw new IOException("damaged: more after the last value");
            }
            return new Saved<>(context, values, rejected);
        } catch (NoSuchFileException e) {
            return Saved.none();
        } catch (IOException | RuntimeException e) {
            LOG.info("ignoring the cache {}: {}", file, e.toString());
            return Saved.none();
        }
    }

    /** The CRC-32C of the context, which {@link #checksum(int, String, byte[])} starts from for each value. */
    private static int checksum(String context) {
        CRC32C crc = new CRC32C();
        crc.update(context.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    /** The checksum that vouches for a value: CRC-32C of the context's checksum, the key and the value's bytes. */
    private static int checksum(int context, String key, byte[] bytes) {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(8).putInt(context).putInt(keyBytes.length).array());
        crc.update(keyBytes);
        crc.update(bytes);
        return (int) crc.getValue();
    }

    /** A value decoded from all of its bytes; empty if they do not decode, or not completely. */
    private static <V> Optional<V> decoded(Codec<V> codec, byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            V value = codec.read(in);
            return in.read() == -1 ? Optional.of(value) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The version of the running program, for caches of what its code computes: the SHA-256 digest
     * of the jar it runs from. The build is reproducible (fixed entry times), so the same sources
     * make the same jar and packaging again keeps the caches. Empty when the program runs from
     * class folders (tests, an IDE), where no such version can be told.
     */
    public static Optional<String> programVersion() {
        try {
            CodeSource source = DiskCache.class.getProtectionDomain().getCodeSource();
            Path jar = source == null ? null : Path.of(source.getLocation().toURI());
            if (jar == null || !Files.isRegularFile(jar)) {
                return Optional.empty();
            }
            return Optional.of("jar sha-256 " + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar))));
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A key for a value computed from {@code parts}: a 128-bit hash of their characters (two
     * independent 64-bit lanes, FNV-1a and a multiplicative one, each finished with MurmurHash3's
     * mixer). It is not collision-resistant: an editor who crafted two texts with the same key
     * could have one shown with the other's rendering, which passed every check when it was
     * computed, so nothing unsafe gets through (docs/security.md). In a build's cold JVM it costs a
     * fifth of what SHA-256 does (which took 0.1–0.2 s of a 1000-article build).
     */
    public static String key(String... parts) {
        long fnv = 0xCBF29CE484222325L;
        long mul = 0x9E3779B97F4A7C15L;
        long length = 0;
        for (String part : parts) {
            int n = part.length();
            for (int i = 0; i < n; i++) {
                char c = part.charAt(i);
                fnv = (fnv ^ c) * 0x100000001B3L;
                mul = (mul + c) * 0x5851F42D4C957F2DL;
            }
            // where a part ends counts too: ("ab", "") and ("a", "b") differ
            fnv = (fnv ^ 0x1_0000) * 0x100000001B3L;
            mul = (mul + 0x1_0000) * 0x5851F42D4C957F2DL;
            length += n;
        }
        return HexFormat.of().toHexDigits(mix(fnv ^ length)) + HexFormat.of().toHexDigits(mix(mul + parts.length));
    }

    /** MurmurHash3's 64-bit finaliser: every bit of the input affects every bit of the output. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }

    /**
     * Starts a run in {@code context}: what the values computed next depend on besides their
     * keys. Values are found only if they were computed in the same context.
     */
    public void startRun(String context) {
        previous = context.equals(this.context) ? current : Map.of();
        current = new ConcurrentHashMap<>();
        this.context = context;
        reused.set(0);
    }

    /** The value kept under {@code key} in this context, if any. Safe from several threads. */
    public Optional<V> find(String key) {
        V known = current.get(key);
        if (known != null) {
            // found or computed earlier in this run (a snippet placed on several pages): counted then
            return Optional.of(known);
        }
        V value = previous.get(key);
        Saved<V> inFile = saved.join();
        if (value == null && context.equals(inFile.context())) {
            value = inFile.values().get(key);
        }
        if (value != null && current.put(key, value) == null) {
            reused.incrementAndGet();
        }
        return Optional.ofNullable(value);
    }

    /** How many values this run found rather than computed, each counted once. */
    public int reused() {
        return reused.get();
    }

    /** How many values this run found or computed. */
    public int used() {
        return current.size();
    }

    /** How many values of the file were damaged or edited when it was read (they are computed again). */
    public int rejected() {
        return rejectedOnRead.join();
    }

    /** Keeps a value computed in this run's context. Safe from several threads. */
    public void keep(String key, V value) {
        current.put(key, value);
    }

    /**
     * Writes the values of this run, each with its checksum, unless they are exactly those in the
     * file (a file with rejected values is always written again). Only values this process
     * computed, or read and checked, are ever written.
     */
    public void save() {
        Map<String, V> values = Map.copyOf(current);
        Saved<V> inFile = saved.join();
        if (file == null || (context.equals(inFile.context()) && inFile.rejected() == 0
                && values.equals(inFile.values()))) {
            return;
        }
        Path next = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".next");
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(next),
                    1 << 16))) {
                out.writeUTF(FORMAT);
                writeString(out, version);
                writeString(out, context);
                out.writeInt(values.size());
                int contextCheck = checksum(context);
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                for (Map.Entry<String, V> value : values.entrySet()) {
                    buffer.reset();
                    try (DataOutputStream bytes = new DataOutputStream(buffer)) {
                        codec.write(bytes, value.getValue());
                    }
                    byte[] bytes = buffer.toByteArray();
                    writeString(out, value.getKey());
                    out.writeInt(bytes.length);
                    out.write(bytes);
                    out.writeInt(checksum(contextCheck, value.getKey(), bytes));
                }
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            saved = CompletableFuture.completedFuture(new Saved<>(context, values, 0));
        } catch (IOException | RuntimeException e) {
            LOG.info("could not write the cache {}: {}", file, e.toString());
            try {
                Files.deleteIfExists(next);
            } catch (IOException ignored) {
                // nothing more to do: the cache is an aid, and the next save replaces the file
            }
        }
    }

    /** Writes a string of any length (DataOutputStream's writeUTF stops at 64 KB). */
    public static void writeString(DataOutputStream out, String string) throws IOException {
        byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Reads a string written by {@link #writeString}. */
    public static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        byte[] bytes = in.readNBytes(Math.max(length, 0));
        if (length < 0 || bytes.length != length) {
            throw new IOException("damaged: a string's length is wrong");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public static void writeStrings(DataOutputStream out, Collection<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            writeString(out, string);
        }
    }

    public static List<String> readStrings(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            strings.add(readString(in));
        }
        return strings;
    }
}
