package org.layerwise.load;

import org.layerwise.model.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How the load stage reads each content file (a Markdown file, a YAML data file) into its record:
 * by reading it ({@link #DIRECT}), or through a decorator that gives the record of a file unchanged
 * since it was last read (the {@code cache} package's, which a {@code serve} session keeps
 * between its rebuilds). The load stage knows only this interface.
 */
public interface ContentReader {

    /** Reads every file. */
    ContentReader DIRECT = (file, context, reading) -> reading.get();

    /**
     * What reading {@code file} gives: {@code reading}'s result, or an earlier one's for the same
     * file, if the file and {@code context} (what reading it depends on besides the file: see
     * {@link ContextFingerprint}) are the same as then and that reading was {@link Read#clean}.
     * Safe from several threads.
     */
    Read read(Path file, String context, Supplier<Read> reading);

    /**
     * A file's reading: its record (absent when the file could not give one) and the problems
     * found in it. A rebuild that reuses a record sees the very same object, which compares equal
     * at once.
     */
    record Read(Optional<Object> record, List<Problem> problems) {
        public Read {
            problems = List.copyOf(problems);
        }

        /** Whether this reading may stand for the file while it is unchanged: a record, no problems. */
        public boolean clean() {
            return record.isPresent() && problems.isEmpty();
        }
    }
}
