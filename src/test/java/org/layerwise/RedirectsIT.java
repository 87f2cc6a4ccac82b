package org.layerwise;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Old addresses (aliases:, a type's moved_from:) get redirect pages; they clash like any page. */
class RedirectsIT {

    @TempDir
    Path folder;

    private FixtureSite.Run failingBuild(FixtureSite site) {
        return site.failingBuild();
    }

    private static void assertRedirects(Document page, String relative, String canonical, String title) {
        assertEquals("0; url=" + relative, page.select("meta[http-equiv=refresh]").attr("content"));
        assertEquals(canonical, page.select("link[rel=canonical]").attr("href"));
        assertEquals("noindex", page.select("meta[name=robots]").attr("content"));
        assertEquals(relative, page.select("main a").attr("href"));
        assertEquals(title, page.select("main a").text());
    }

    @Test
    void anArticlesAndAPagesOldAddressesRedirectWithRefreshCanonicalAndALinkInValidHtml() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder);
        site.write("content/articles/first-steps.md", site.read("content/articles/first-steps.md")
                .replace("tags: [basics]", "tags: [basics]\naliases: [/articles/getting-started/, /start/here/]"));
        site.write("content/pages/about.md", site.read("content/pages/about.md").replaceFirst("---\n", "---\naliases: [/about-us/]\n"));
        site.build("--base-url", "https://example.org/skin");
        assertRedirects(site.page("articles/getting-started/"), "../../articles/first-steps/",
                "https://example.org/skin/articles/first-steps/", "First steps");
        assertRedirects(site.page("start/here/"), "../../articles/first-steps/",
                "https://example.org/skin/articles/first-steps/", "First steps");
        assertRedirects(site.page("about-us/"), "../about/", "https://example.org/skin/about/",
                site.page("about/").select("h1").text());
        assertFalse(site.read("target/site/sitemap.xml").contains("getting-started"), "old addresses are not listed");
        NuHtmlChecker checker = new NuHtmlChecker();
        assertEquals(java.util.List.of(), checker.errors(site.output().resolve("articles/getting-started/index.html")));

        site.build();
        assertTrue(site.page("articles/getting-started/").select("link[rel=canonical]").isEmpty(),
                "no canonical link without the published address");
        assertEquals("0; url=../../articles/first-steps/",
                site.page("articles/getting-started/").select("meta[http-equiv=refresh]").attr("content"));
    }

    @Test
    void aRenamedTypesOldIdRedirectsToItsNewPage() {
        FixtureSite site = FixtureSite.minimal(folder);
        site.write("content/types/serum.yaml", site.read("content/types/serum.yaml") + "moved_from: [booster]\n");
        site.build("--base-url", "https://example.org");
        assertRedirects(site.page("types/booster/"), "../../types/serum/", "https://example.org/types/serum/",
                "Serum");
    }

    @Test
    void anAliasAtARealPagesAddressIsAClashNamingBothFiles() {
        FixtureSite site = FixtureSite.minimal(folder)
                .write("content/articles/second.md", "---\ntitle: Second\ndate: 2026-10-03\n"
                        + "aliases: [/articles/first-steps/, /faq/]\n---\n\nBody.\n");
        site.write("content/types/serum.yaml", site.read("content/types/serum.yaml") + "moved_from: [toner]\n");
        String err = failingBuild(site).err();
        assertTrue(err.contains("content/articles/second.md: this page would be written to /articles/first-steps/, "
                + "which content/articles/first-steps.md already uses"), err);
        assertTrue(err.contains("content/articles/second.md: this page would be written to /faq/, "), err);
        assertTrue(err.contains("content/types/serum.yaml: this page would be written to /types/toner/, "
                + "which content/types/toner.yaml already uses"), err);
    }

    @Test
    void aliasesMustBeRootRelativeSitePathsEndingInASlash() {
        FixtureSite site = FixtureSite.minimal(folder)
                .write("content/articles/second.md", "---\ntitle: Second\ndate: 2026-10-03\naliases:\n"
                        + "  - https://example.org/old/\n  - old/\n  - /old\n  - /a/../b/\n  - /x?y=1/\n  - /fine/\n---\n\nBody.\n");
        site.write("content/types/serum.yaml", site.read("content/types/serum.yaml") + "moved_from: [Old Name]\n");
        String err = failingBuild(site).err();
        assertTrue(err.contains("content/articles/second.md:5: alias 'https://example.org/old/' names a host"), err);
        assertTrue(err.contains("content/articles/second.md:6: alias 'old/' must start and end with '/'"), err);
        assertTrue(err.contains("content/articles/second.md:7: alias '/old' must start and end with '/'"), err);
        assertTrue(err.contains("content/articles/second.md:8: alias '/a/../b/' has empty, '.' or '..' parts"), err);
        assertTrue(err.contains("content/articles/second.md:9: alias '/x?y=1/' has a query"), err);
        assertFalse(err.contains("second.md:10"), err);
        assertTrue(err.contains("moved_from 'Old Name' must be a former id"), err);
        assertFalse(Files.exists(site.output()));
    }
}
