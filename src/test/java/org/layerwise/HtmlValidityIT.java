package org.layerwise;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Quality gate: every page of the real site passes the Nu Html Checker with no errors. */
class HtmlValidityIT {

    @TempDir
    static Path folder;

    static NuHtmlChecker checker;

    @BeforeAll
    static void setUp() throws Exception {
        checker = new NuHtmlChecker();
    }

    @Test
    void everyPageOfTheSiteIsValidHtml() throws Exception {
        FixtureSite site = FixtureSite.real(folder.resolve("real")).build("--base-url", "https://example.org/layerwise");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                checked++;
                for (String error : checker.errors(page)) {
                    failures.add(site.output().relativize(page) + ":" + error);
                }
            }
        }
        assertFalse(checked < 50, "only " + checked + " pages checked");
        assertEquals(List.of(), failures);
    }

    @Test
    void theGateCatchesInvalidHtml() throws Exception {
        Path page = folder.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=en><head><title>x</title></head>"
                + "<body><table><caption>t</caption><tr><th scope=sideways>a</th></tr></table><p><div></p></body></html>");
        assertFalse(checker.errors(page).isEmpty());
    }
}
