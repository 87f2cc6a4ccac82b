package org.layerwise.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.BuildFailed;
import org.layerwise.model.Problem;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GitHubReportTest {

    private final BuildFailed failure = new BuildFailed(List.of(
            new Problem(Path.of("content/types/serum.yaml"), 12, 7, "texture must be from 1 to 5, not 9"),
            Problem.at(Path.of("content/articles/a, b.md"), 3, "broken link '/x/': 100% wrong\nsecond line"),
            Problem.at(Path.of("templates/base.ftl"), 0, "template error")));

    @Test
    void printsAnAnnotationPerProblemOnGitHubActions(@TempDir Path folder) throws Exception {
        Path summary = folder.resolve("summary.md");
        StringWriter err = new StringWriter();
        int code = Problems.print(failure, new PrintWriter(err),
                new GitHubReport(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString())));

        assertEquals(LayerwiseCommand.PROBLEMS, code);
        List<String> lines = err.toString().lines().toList();
        assertTrue(lines.contains("content/types/serum.yaml:12:7: texture must be from 1 to 5, not 9"), lines.toString());
        assertTrue(lines.contains("::error file=content/types/serum.yaml,line=12,col=7::texture must be from 1 to 5, not 9"),
                lines.toString());
        assertTrue(lines.contains("::error file=content/articles/a%2C b.md,line=3::broken link '/x/': 100%25 wrong%0Asecond line"),
                lines.toString());
        assertTrue(lines.contains("::error file=templates/base.ftl::template error"), lines.toString());

        String written = Files.readString(summary, StandardCharsets.UTF_8);
        assertTrue(written.startsWith("### Layerwise: 3 problems\n"), written);
        assertTrue(written.contains("- `content/types/serum.yaml:12:7`: texture must be from 1 to 5, not 9\n"), written);
        assertTrue(written.contains("- `templates/base.ftl`: template error\n"), written);
    }

    @Test
    void printsPlainLinesElsewhere() {
        StringWriter err = new StringWriter();
        Problems.print(failure, new PrintWriter(err), new GitHubReport(Map.of()));
        assertFalse(err.toString().contains("::error"), err.toString());
        assertTrue(err.toString().contains("3 problems; nothing was written"), err.toString());
    }
}
