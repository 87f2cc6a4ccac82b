package org.layerwise.cli;

import org.layerwise.model.Problem;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * Problems as GitHub Actions shows them: a workflow annotation per problem, so that it appears on
 * the pull request's changed line, and a list in the job's summary. Active only where the runner
 * says it is GitHub Actions ({@code GITHUB_ACTIONS=true}).
 *
 * @see <a href="https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands">workflow commands</a>
 */
record GitHubReport(Map<String, String> environment) {

    boolean active() {
        return "true".equals(environment.get("GITHUB_ACTIONS"));
    }

    /** One {@code ::error file=…,line=…,col=…::message} line per problem. */
    void annotate(List<Problem> problems, PrintWriter out) {
        for (Problem problem : problems) {
            StringBuilder command = new StringBuilder("::error file=").append(property(path(problem)));
            if (problem.line() > 0) {
                command.append(",line=").append(problem.line());
                if (problem.column() > 0) {
                    command.append(",col=").append(problem.column());
                }
            }
            out.println(command.append("::").append(data(problem.message())));
        }
        out.flush();
    }

    /** Appends the problems to the step summary file, when the runner names one. */
    void summarize(List<Problem> problems) throws IOException {
        String summary = environment.get("GITHUB_STEP_SUMMARY");
        if (summary == null || summary.isBlank()) {
            return;
        }
        StringBuilder text = new StringBuilder("### Layerwise: ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems").append("\n\n");
        for (Problem problem : problems) {
            text.append("- `").append(problem.location().replace("`", "")).append("`: ").append(problem.message().replace("\n", " "))
                    .append('\n');
        }
        Files.writeString(Path.of(summary), text.append('\n'), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String path(Problem problem) {
        return problem.file().toString().replace('\\', '/');
    }

    /** Escapes a message as the runner reads it: %, CR and LF. */
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value: also the ':' and ',' that end it. */
    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
