package org.layerwise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A template cannot reach beyond the data it is given: no ?new, no ?api, no classes. */
class TemplateSandboxIT {

    @TempDir
    Path folder;

    private String failingBuild(FixtureSite site) {
        return site.failingBuild().err();
    }

    @Test
    void aTemplateCannotInstantiateClassesWithNew() throws Exception {
        Path proof = folder.resolve("ran");
        FixtureSite site = FixtureSite.minimal(folder.resolve("site"));
        site.write("templates/tag.ftl", withLine2(site.read("templates/tag.ftl"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + proof + "\")}"));
        String err = failingBuild(site);
        assertTrue(err.contains("templates/tag.ftl:2:"), err);
        assertTrue(err.contains("freemarker.template.utility.Execute"), err);
        assertFalse(Files.exists(proof), "the program did not run");
        assertFalse(Files.exists(site.output()), "nothing was published");
    }

    @Test
    void noClassIsAllowedEvenHarmlessLookingOnes() {
        FixtureSite site = FixtureSite.minimal(folder);
        site.write("templates/tag.ftl", withLine2(site.read("templates/tag.ftl"),
                "<#assign c = \"freemarker.template.utility.ObjectConstructor\"?new()>${c(\"java.io.File\", \"/\")}"));
        assertTrue(failingBuild(site).contains("templates/tag.ftl:2:"));
    }

    @Test
    void theApiBuiltInIsOff() {
        FixtureSite site = FixtureSite.minimal(folder);
        site.write("templates/tag.ftl", withLine2(site.read("templates/tag.ftl"),
                "${page?api.getClass().getName()}"));
        String err = failingBuild(site);
        assertTrue(err.contains("templates/tag.ftl:2:"), err);
    }

    @Test
    void objectsDoNotExposeTheirClass() {
        FixtureSite site = FixtureSite.minimal(folder);
        site.write("templates/tag.ftl", withLine2(site.read("templates/tag.ftl"),
                "${site.getClass().getName()}"));
        String err = failingBuild(site);
        assertTrue(err.contains("templates/tag.ftl:2:"), err);
    }

    /** The template with {@code line} inserted as its second line. */
    private static String withLine2(String template, String line) {
        int end = template.indexOf('\n') + 1;
        return template.substring(0, end) + line + "\n" + template.substring(end);
    }
}
