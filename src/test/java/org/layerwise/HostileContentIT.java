package org.layerwise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile text in every field an editor writes fails the build with exit code 1 and the file and
 * line, and leaves the previous site as it was; text that gets through cannot make an ill-formed feed.
 */
class HostileContentIT {

    /** Ends a comment the way browsers do and hides a script, a form and a redirect after it. */
    private static final String HOSTILE = "<!--><script>alert(1)</script><form action=\\\"https://evil.example/\\\"><button>Go</button></form>-->";

    @TempDir
    Path folder;

    private void assertRefusedAt(FixtureSite site, String expected) throws Exception {
        String before = Files.readString(site.output().resolve("index.html"));
        FixtureSite.Run run = site.run("build");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
        assertEquals(before, Files.readString(site.output().resolve("index.html")), "the previous site is untouched");
    }

    private FixtureSite built() {
        return FixtureSite.minimal(folder).build();
    }

    @Test
    void refusesHostileHtmlInAnArticleBody() throws Exception {
        FixtureSite site = built().write("content/articles/x.md",
                "---\ntitle: X\ndate: 2026-01-01\n---\nIntro.\n\n" + HOSTILE.replace("\\\"", "\"") + "\n");
        assertRefusedAt(site, "content/articles/x.md:7: raw HTML <script> is not allowed");
    }

    @Test
    void refusesHostileHtmlInAFaqAnswer() throws Exception {
        FixtureSite site = built();
        long lines = site.read("content/faq.yaml").lines().count();
        site.write("content/faq.yaml", site.read("content/faq.yaml")
                + "- id: trap\n  question: A trap?\n  more: /faq/\n  sources:\n    - {title: Trap, url: \"https://example.org/trap\"}\n"
                + "  answer: |\n    Yes.\n\n    " + HOSTILE.replace("\\\"", "\"") + "\n");
        assertRefusedAt(site, "content/faq.yaml:17: raw HTML <script> is not allowed");
    }

    @Test
    void refusesHostileHtmlInAGlossaryDefinition() throws Exception {
        FixtureSite site = built();
        long lines = site.read("content/glossary.yaml").lines().count();
        site.write("content/glossary.yaml", site.read("content/glossary.yaml")
                + "- id: trap\n  term: Trap\n  sources:\n    - {title: Trap, url: \"https://example.org/trap\"}\n"
                + "  definition: \"A word. " + HOSTILE + "\"\n");
        assertRefusedAt(site, "content/glossary.yaml:11: raw HTML <script> is not allowed");
    }

    @Test
    void refusesHostileHtmlInATypeDescription() throws Exception {
        FixtureSite site = built();
        site.write("content/types/serum.yaml", site.read("content/types/serum.yaml")
                + "description: |\n  A serum.\n\n  <div>Closed</div></div></main><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">\n");
        assertRefusedAt(site, "content/types/serum.yaml:29: raw HTML <div> is not allowed");
    }

    @Test
    void refusesABlockQuoteNestedThousandsDeepWithTheLimit() throws Exception {
        FixtureSite site = built().write("content/articles/x.md",
                "---\ntitle: X\ndate: 2026-01-01\n---\nIntro.\n\n" + ">".repeat(3000) + " deep\n");
        assertRefusedAt(site, "content/articles/x.md:7: block quotes and lists are nested 3000 levels deep here; the limit is 32");
    }

    @Test
    void refusesAListNestedHundredsDeepWithTheLimit() throws Exception {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            list.append("  ".repeat(i)).append("- item\n");
        }
        FixtureSite site = built().write("content/articles/x.md", "---\ntitle: X\ndate: 2026-01-01\n---\n" + list);
        assertRefusedAt(site, "content/articles/x.md:37: block quotes and lists are nested 33 levels deep here; the limit is 32");
    }

    @Test
    void refusesYamlAliasesInATypeFile() throws Exception {
        FixtureSite site = built();
        String big = "x".repeat(200_000);
        site.write("content/types/serum.yaml", site.read("content/types/serum.yaml").replace("summary: A concentrated treatment.",
                "summary: &big " + big) + "description: [" + "*big, ".repeat(499) + "*big]\n");
        assertRefusedAt(site, "content/types/serum.yaml:26:15: YAML aliases (*big) are not allowed in content files");
    }

    @Test
    void refusesYamlAliasesInFrontMatter() throws Exception {
        FixtureSite site = built().write("content/articles/x.md",
                "---\ntitle: &t X\ndate: 2026-01-01\nsummary: *t\n---\nBody.\n");
        assertRefusedAt(site, "content/articles/x.md:4: YAML aliases (*t) are not allowed in content files");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\x07", "\\0", "\\x1b", "\\x7f", "\\x85", "\\ud800", "\\uFFFE", "\\uFFFF"})
    void refusesControlCharactersInATitleAtItsLine(String escape) throws Exception {
        FixtureSite site = built().write("content/articles/x.md",
                "---\ndate: 2026-01-01\ntitle: \"Bell " + escape + " here\"\n---\nBody.\n");
        assertRefusedAt(site, "content/articles/x.md:3: the character U+");
    }

    @Test
    void refusesControlCharactersInYamlData() throws Exception {
        FixtureSite site = built();
        long lines = site.read("content/glossary.yaml").lines().count();
        site.write("content/glossary.yaml", site.read("content/glossary.yaml")
                + "- id: trap\n  term: \"Tr\\x0cap\"\n  definition: A word.\n  sources:\n    - {title: Trap, url: \"https://example.org/trap\"}\n");
        assertRefusedAt(site, "content/glossary.yaml:8:9: the character U+000C is not allowed in text");
    }

    @Test
    void theFeedStaysWellFormedWithMarkupQuotesAndAmpersandsInText() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder).write("content/articles/x.md",
                "---\ntitle: \"<b>Bold</b> & 'quoted' \\\"text\\\" ]]> <!-- x\"\ndate: 2026-01-01\n"
                        + "summary: \"Tabs\\tand\\nnew lines, &amp; entities, and an emoji \\U0001F9F4\"\n---\nBody.\n")
                .build("--base-url", "https://example.org");
        byte[] feed = Files.readAllBytes(site.output().resolve("feed.xml"));
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(feed));
        Element entry = (Element) xml.getElementsByTagName("entry").item(1);
        assertEquals(2, xml.getElementsByTagName("entry").getLength(), "the fixture's article, then this older one");
        assertEquals("<b>Bold</b> & 'quoted' \"text\" ]]> <!-- x", entry.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("Tabs\tand\nnew lines, &amp; entities, and an emoji \uD83E\uDDF4",
                entry.getElementsByTagName("summary").item(0).getTextContent());
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(site.output().resolve("sitemap.xml").toFile());
    }
}
