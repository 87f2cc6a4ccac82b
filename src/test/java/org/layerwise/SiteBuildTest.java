package org.layerwise;

import org.junit.jupiter.api.Test;
import org.layerwise.load.Drafts;
import org.layerwise.model.Problem;
import org.layerwise.model.Staged;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The runner's one decision: go on to the next stage, stop, or fail at the end. */
class SiteBuildTest {

    private static final Problem MISSING_TITLE = Problem.at(Path.of("content/articles/a.md"), 2, "fill in 'title'");
    private static final Problem UNKNOWN_TYPE = Problem.at(Path.of("content/articles/b.md"), 9, "no type 'x'");

    @Test
    void cleanStagesGiveTheLastStagesResult() throws BuildFailed {
        SiteBuild.Run run = new SiteBuild.Run();
        String loaded = run.stage("load", () -> new Staged<>("site", List.of()));
        Integer planned = run.stage("plan", () -> new Staged<>(loaded.length(), List.of()));
        run.finish(Set.of());
        assertEquals(4, planned);
    }

    @Test
    void everyStageRunsOnWhateverTheOnesBeforeFoundAndTheBuildFailsAtTheEndWithAllOfIt() {
        SiteBuild.Run run = new SiteBuild.Run();
        List<String> ran = new ArrayList<>();
        BuildFailed failed = assertThrows(BuildFailed.class, () -> {
            run.stage("load", () -> {
                ran.add("load");
                return new Staged<>("site", List.of(MISSING_TITLE));
            });
            run.stage("validate", () -> {
                ran.add("validate");
                return new Staged<>("site", List.of(UNKNOWN_TYPE));
            });
            run.stage("render", () -> {
                ran.add("render");
                return new Staged<>("pages", List.of());
            });
            run.finish(Set.of());
        });
        assertEquals(List.of("load", "validate", "render"), ran);
        assertEquals(List.of(MISSING_TITLE, UNKNOWN_TYPE), failed.problems());
    }

    @Test
    void aStageThatThrowsAfterProblemsEndsTheBuildWithThoseProblems() {
        SiteBuild.Run run = new SiteBuild.Run();
        List<String> ran = new ArrayList<>();
        BuildFailed failed = assertThrows(BuildFailed.class, () -> {
            run.stage("load", () -> new Staged<>("site", List.of(MISSING_TITLE)));
            run.stage("plan", () -> {
                throw new IllegalStateException("no title to plan a page with");
            });
            ran.add("after the plan");
        });
        assertEquals(List.of(), ran, "no stage after the one that threw");
        assertEquals(List.of(MISSING_TITLE), failed.problems());
    }

    @Test
    void aStageThatThrowsOnCleanInputIsABugAndGoesOnUp() {
        SiteBuild.Run run = new SiteBuild.Run();
        IllegalStateException bug = new IllegalStateException("a bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> run.stage("plan", () -> {
            throw bug;
        })));
    }

    @Test
    void aDraftsProblemsAreMarkedAsADrafts() {
        SiteBuild.Run run = new SiteBuild.Run();
        BuildFailed failed = assertThrows(BuildFailed.class, () -> {
            run.stage("load", () -> new Staged<>("site", List.of(MISSING_TITLE, UNKNOWN_TYPE)));
            run.finish(Set.of(MISSING_TITLE.file()));
        });
        assertEquals(List.of(Drafts.marked(MISSING_TITLE), UNKNOWN_TYPE), failed.problems());
    }
}
