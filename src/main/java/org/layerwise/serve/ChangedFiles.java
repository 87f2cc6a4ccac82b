package org.layerwise.serve;

import java.nio.file.Path;
import java.util.Collection;

/** Names what changed for the serve log: the first file, and how many more. */
public final class ChangedFiles {

    private ChangedFiles() {
    }

    /**
     * {@code content/articles/x.md}, or {@code content/articles/x.md and 2 more}: the first of
     * {@code changed} (in the order the watcher saw them), relative to {@code project} where it is
     * inside it, with forward slashes.
     */
    public static String describe(Collection<Path> changed, Path project) {
        if (changed.isEmpty()) {
            return "nothing";
        }
        Path base = project.toAbsolutePath().normalize();
        Path first = changed.iterator().next().toAbsolutePath().normalize();
        Path shown = first.startsWith(base) && !first.equals(base) ? base.relativize(first) : first;
        String name = shown.toString().replace('\\', '/');
        int more = changed.size() - 1;
        return more == 0 ? name : name + " and " + more + " more";
    }
}
