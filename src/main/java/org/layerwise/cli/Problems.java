package org.layerwise.cli;

import org.layerwise.BuildFailed;
import org.layerwise.model.Problem;

import java.io.PrintWriter;

/** Prints a failed build's problems, one per line, then a count. */
final class Problems {

    private Problems() {
    }

    static int print(BuildFailed failure, PrintWriter err) {
        for (Problem problem : failure.problems()) {
            err.println(problem);
        }
        int count = failure.problems().size();
        err.println(count + (count == 1 ? " problem" : " problems") + "; nothing was written");
        err.flush();
        return LayerwiseCommand.PROBLEMS;
    }
}
