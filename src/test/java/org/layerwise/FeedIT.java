package org.layerwise;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Atom feed and the sitemap: written only with absolute addresses, the feed valid by RFC 4287. */
class FeedIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    Path folder;

    private static org.w3c.dom.Document feed(FixtureSite site) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(site.output().resolve("feed.xml").toFile());
    }

    /** The text of the one child element {@code name} of {@code parent}, failing unless there is exactly one. */
    private static String only(Element parent, String name) {
        NodeList children = parent.getElementsByTagNameNS(ATOM, name);
        int direct = 0;
        String text = "";
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getParentNode() == parent) {
                direct++;
                text = children.item(i).getTextContent();
            }
        }
        assertEquals(1, direct, "one " + name + " in " + parent.getLocalName());
        return text;
    }

    @Test
    void aBuildWithoutAnAddressSaysSoInOneLineAndWritesNoFeedOrSitemapNorLinksThem() {
        FixtureSite site = FixtureSite.minimal(folder);
        FixtureSite.Run run = site.run("build");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.out().lines().filter(l -> l.startsWith("Notice: the published address is not known")).count(),
                run.out());
        assertFalse(Files.exists(site.output().resolve("feed.xml")));
        assertFalse(Files.exists(site.output().resolve("sitemap.xml")));
        Document home = site.page("");
        assertTrue(home.select("link[rel=alternate], a[href$=feed.xml], a[href$=sitemap.xml]").isEmpty(), home.head().html());
    }

    @Test
    void theFeedHasAnAuthorTagIdsThatSurviveAMoveAndEachArticleInFull() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder).build("--base-url", "https://example.org/skin");
        assertFalse(site.run("build", "--base-url", "https://example.org/skin").out().contains("Notice:"));
        org.w3c.dom.Document xml = feed(site);
        Element feed = xml.getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertEquals("Fixture", only(feed, "title"));
        assertEquals("tag:fixture.example,2026-01-01:/", only(feed, "id"));
        assertEquals("2026-10-05T00:00:00Z", only(feed, "updated"));
        assertEquals("Fixture", only((Element) feed.getElementsByTagNameNS(ATOM, "author").item(0), "name"));
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(1, entries.getLength(), "the draft is not in the feed");
        Element entry = (Element) entries.item(0);
        assertEquals("First steps", only(entry, "title"));
        assertEquals("tag:fixture.example,2026-01-01:/articles/first-steps/", only(entry, "id"));
        assertEquals("2026-10-05T00:00:00Z", only(entry, "updated"));
        Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
        assertEquals("https://example.org/skin/articles/first-steps/", link.getAttribute("href"));
        Element content = (Element) entry.getElementsByTagNameNS(ATOM, "content").item(0);
        assertEquals("html", content.getAttribute("type"));
        Document body = org.jsoup.Jsoup.parseBodyFragment(content.getTextContent());
        assertEquals("Start thin", body.select("h2").first().ownText().strip(), "the whole body, not the summary");
        assertEquals("https://example.org/skin/types/toner/", body.select("a:contains(toner)").attr("href"));
        assertEquals("https://example.org/skin/faq/#what-goes-first", body.select("a:contains(FAQ)").attr("href"));
        assertTrue(site.read("target/site/sitemap.xml").contains("<loc>https://example.org/skin/articles/first-steps/</loc>"));

        site.build("--base-url", "https://moved.example.net");
        Element moved = feed(site).getDocumentElement();
        assertEquals("tag:fixture.example,2026-01-01:/articles/first-steps/",
                only((Element) moved.getElementsByTagNameNS(ATOM, "entry").item(0), "id"), "the site moved, its ids did not");
        assertEquals("https://moved.example.net/articles/first-steps/", ((Element) moved.getElementsByTagNameNS(ATOM, "entry")
                .item(0)).getElementsByTagNameNS(ATOM, "link").item(0).getAttributes().getNamedItem("href").getNodeValue());
    }

    @Test
    void aSiteIdThatCannotMakeTagUrisIsAProblemOfJbakeProperties() {
        FixtureSite site = FixtureSite.minimal(folder);
        site.write("jbake.properties", site.read("jbake.properties").replace("site.id=fixture.example,2026-01-01",
                "site.id=https://example.org/"));
        FixtureSite.Run run = site.run("build", "--base-url", "https://example.org");
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().contains("jbake.properties: site.id 'https://example.org/' has no date"), run.err());
    }
}
