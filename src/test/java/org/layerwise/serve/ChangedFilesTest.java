package org.layerwise.serve;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the serve log names what changed. */
class ChangedFilesTest {

    private final Path project = Path.of("/work/site").toAbsolutePath();

    @Test
    void namesOneFileRelativeToTheProject() {
        assertEquals("content/articles/x.md",
                ChangedFiles.describe(List.of(project.resolve("content/articles/x.md")), project));
    }

    @Test
    void namesTheFirstOfSeveralAndCountsTheRest() {
        LinkedHashSet<Path> changed = new LinkedHashSet<>(List.of(project.resolve("templates/article.ftl"),
                project.resolve("content/articles/x.md"), project.resolve("assets/css/site.css")));
        assertEquals("templates/article.ftl and 2 more", ChangedFiles.describe(changed, project));
    }

    @Test
    void namesAWholeFolderAndAFileOutsideTheProjectAsTheyAre() {
        assertEquals("content", ChangedFiles.describe(List.of(project.resolve("content")), project));
        Path elsewhere = Path.of("/elsewhere/x.md").toAbsolutePath();
        assertEquals(elsewhere.toString().replace('\\', '/'), ChangedFiles.describe(List.of(elsewhere), project));
    }
}
