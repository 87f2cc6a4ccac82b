package org.layerwise.load;

import org.junit.jupiter.api.Test;
import org.layerwise.model.Problem;
import org.layerwise.model.SiteCopy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SiteCopyLoaderTest {

    private static final Path FILE = Path.of("content", "site.yaml");

    private static String descriptions(String... skipped) {
        StringBuilder text = new StringBuilder("descriptions:\n");
        for (String kind : SiteCopy.SECTIONS) {
            if (!List.of(skipped).contains(kind)) {
                text.append("  ").append(kind).append(": The ").append(kind).append(" page.\n");
            }
        }
        return text.toString();
    }

    @Test
    void readsTheHomeChoicesAndEveryDescription() {
        List<Problem> problems = new ArrayList<>();
        SiteCopy copy = new SiteCopyLoader(problems).load(FILE,
                "home:\n  featured: serum-vs-ampoule\n  articles: 6\n" + descriptions());
        assertEquals(List.of(), problems);
        assertEquals(Optional.of("serum-vs-ampoule"), copy.featured());
        assertEquals(6, copy.homeArticles());
        assertEquals("The faq page.", copy.description("faq"));
        assertEquals(new Problem(FILE, 2, 3, "x"), copy.origin().problem("home.featured", "x"));
    }

    @Test
    void reportsEveryBadValueAtItsLineInOneRun() {
        List<Problem> problems = new ArrayList<>();
        SiteCopy copy = new SiteCopyLoader(problems).load(FILE,
                "home:\n  articles: lots\n" + descriptions("faq") + "  serch: Search.\n");
        assertEquals(Optional.empty(), copy.featured(), "no featured comparison named");
        assertEquals(List.of(
                new Problem(FILE, 2, 13, "articles must be a whole number from 1 to 20, not 'lots'"),
                new Problem(FILE, 4, 3, "missing required key 'faq' in descriptions"),
                new Problem(FILE, 15, 3, "unknown key 'serch' (did you mean 'search'?); allowed keys: articles, compare, faq,"
                        + " glossary, ingredients, layering, notfound, pairs, routine, search, tags, types")),
                problems.stream().sorted(Comparator.comparingInt(Problem::line)).toList());
    }

    @Test
    void anEmptyFileSaysWhatItNeeds() {
        List<Problem> problems = new ArrayList<>();
        new SiteCopyLoader(problems).load(FILE, "");
        assertEquals(List.of(new Problem(FILE, 1, 0, "the file is empty: it needs 'home:' and 'descriptions:'"
                + " (see docs/EDITING.md, \"Site copy\")")), problems);
    }
}
