package org.layerwise.model;

import java.util.List;

/**
 * What a stage of the build made, with the problems it found on the way. Problems are values:
 * a stage returns them and carries on where it can; only the stage runner turns them into a
 * failed build.
 *
 * @param value    the stage's result, made from whatever its input held
 * @param problems everything the stage found wrong; empty when all is well
 */
public record Staged<T>(T value, List<Problem> problems) {

    public Staged {
        problems = List.copyOf(problems);
    }
}
