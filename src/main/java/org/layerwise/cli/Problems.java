package org.layerwise.cli;

import org.layerwise.BuildFailed;
import org.layerwise.model.Problem;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * Prints a failed build's problems, one per line, then a count; on GitHub Actions also as
 * annotations and in the job summary.
 */
final class Problems {

    private Problems() {
    }

    static int print(BuildFailed failure, PrintWriter err) {
        return print(failure, err, new GitHubReport(System.getenv()));
    }

    static int print(BuildFailed failure, PrintWriter err, GitHubReport github) {
        for (Problem problem : failure.problems()) {
            err.println(problem);
        }
        int count = failure.problems().size();
        err.println(count + (count == 1 ? " problem" : " problems") + "; nothing was written");
        if (github.active()) {
            github.annotate(failure.problems(), err);
            try {
                github.summarize(failure.problems());
            } catch (IOException e) {
                err.println("could not write the GitHub job summary: " + e.getMessage());
            }
        }
        err.flush();
        return LayerwiseCommand.PROBLEMS;
    }
}
