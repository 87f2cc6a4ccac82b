package org.layerwise.cache;

import org.layerwise.load.ContentReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A {@link ContentReader} that keeps the records read from content files, in memory, so that the
 * rebuilds of one {@code serve} session read again only the files an edit changed. A record is
 * reused only while its file has the same size and modification time and the context is the same
 * as when it was read; a reading with problems is never kept, so a faulty file is read, and
 * reported, on every rebuild.
 */
public final class UnchangedFiles implements ContentReader {

    private record Entry(FileTime modified, long size, String context, Read read) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public Read read(Path file, String context, Supplier<Read> reading) {
        Entry entry = entries.get(file);
        if (entry != null && entry.context().equals(context) && attributes(file)
                .filter(a -> a.lastModifiedTime().equals(entry.modified()) && a.size() == entry.size()).isPresent()) {
            return entry.read();
        }
        Read read = reading.get();
        if (read.clean()) {
            attributes(file).ifPresent(a -> entries.put(file, new Entry(a.lastModifiedTime(), a.size(), context, read)));
        }
        return read;
    }

    private static Optional<BasicFileAttributes> attributes(Path file) {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
