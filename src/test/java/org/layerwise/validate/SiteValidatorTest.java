package org.layerwise.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.FixtureSite;
import org.layerwise.model.Problem;
import org.layerwise.model.SiteContent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whether what was loaded fits together, on a small fixture site with one misfit at a time. */
class SiteValidatorTest {

    private static final String KNOWN = "; known types: moisturizer, serum, toner";

    @TempDir
    Path folder;

    private List<String> problems(FixtureSite site, Set<String> leftOutTypes) {
        SiteContent content = FixtureSite.content(site.root(), site.output());
        List<Problem> problems = new ArrayList<>();
        new SiteValidator().validate(content, leftOutTypes, Set.of(), problems);
        return problems.stream().map(Problem::toString).toList();
    }

    private FixtureSite edited(String file, String from, String to) {
        FixtureSite site = FixtureSite.minimal(folder);
        String text = site.read(file);
        if (!text.contains(from)) {
            throw new AssertionError(file + " no longer holds " + from);
        }
        return site.write(file, text.replace(from, to));
    }

    @Test
    void theFixtureFitsTogether() {
        assertEquals(List.of(), problems(FixtureSite.minimal(folder), Set.of()));
    }

    @Test
    void anArticleNamingAnUnknownTypeIsReportedAtTheEntryWithTheNearestId() {
        FixtureSite site = edited("content/articles/first-steps.md", "types: [toner, serum]", "types: [toner, serun]");
        assertEquals(List.of("content/articles/first-steps.md:7: types names unknown product type 'serun'"
                + " (did you mean 'serum'?)" + KNOWN), problems(site, Set.of()));
    }

    @Test
    void aTypeWhoseFileHadProblemsOfItsOwnCountsAsKnown() {
        FixtureSite site = edited("content/articles/first-steps.md", "types: [toner, serum]", "types: [toner, cleanser]");
        assertEquals(List.of(), problems(site, Set.of("cleanser")));
    }

    @Test
    void compareWithMayNameNeitherTheTypeItselfNorAnUnknownOne() {
        FixtureSite site = edited("content/types/serum.yaml", "compare_with: [toner]", "compare_with: [serum, tonner]");
        assertEquals(List.of(
                "content/types/serum.yaml:10:16: compare_with names the type itself ('serum')",
                "content/types/serum.yaml:10:23: compare_with names unknown product type 'tonner'"
                        + " (did you mean 'toner'?)" + KNOWN), problems(site, Set.of()));
    }

    @Test
    void faqEntriesAndGlossaryTermsNameKnownTypesToo() {
        FixtureSite site = FixtureSite.minimal(folder);
        site.write("content/faq.yaml", site.read("content/faq.yaml")
                .replace("  more: /articles/first-steps/\n", "  more: /articles/first-steps/\n  types: [essence]\n"));
        assertEquals(List.of("content/faq.yaml:5:11: types names unknown product type 'essence'" + KNOWN),
                problems(site, Set.of()));
    }
}
