package org.layerwise.model;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a record came from: its file and the line and column of each key that was read, so that
 * later stages can point at the exact spot ("compare_with.1", "types.0", "disputes.0.about").
 */
public record Origin(Path file, Map<String, Location> locations) {

    /** A 1-based line and column; column 0 when unknown. */
    public record Location(int line, int column) {
    }

    public Origin {
        locations = Map.copyOf(locations);
    }

    public static Origin of(Path file) {
        return new Origin(file, Map.of());
    }

    /** A problem at the given key path, or at the top of the file when the key was not seen. */
    public Problem problem(String keyPath, String message) {
        Location at = locations.getOrDefault(keyPath, locations.getOrDefault("", new Location(1, 0)));
        return new Problem(file, at.line(), at.column(), message);
    }
}
