package org.layerwise.plan;

import org.layerwise.model.SitePaths;
import org.layerwise.model.SiteSettings;
import org.layerwise.model.TextCharacters;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.layerwise.model.Article;
import org.layerwise.model.Body;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.function.Function;

/**
 * The Atom feed and the sitemap, written by an XML writer rather than a template, so that they
 * are well-formed whatever the text holds: the writer escapes markup, and characters XML does
 * not allow (which the loaders already refuse) are left out. Both are written only when the
 * site's published address is known, as every address in them is absolute.
 */
final class XmlFeeds {


    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    /** The feed's updated time while there are no articles. */
    private static final String EPOCH = "1970-01-01";
    /** The tag: date of ids made from the host when site.id is not set. */
    private static final String FALLBACK_YEAR = "2026";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter xml;

    private XmlFeeds() {
        try {
            xml = FACTORY.createXMLStreamWriter(text);
            xml.writeStartDocument("utf-8", "1.0");
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The Atom feed (RFC 4287) of {@code articles}, newest first, for a site whose address is
     * known: every entry carries the article's whole body, its links and images made absolute.
     * Ids are tag: URIs made from {@code site.id} (see {@link #tag}), so they stay the same when
     * the site moves.
     */
    static DataFile atom(SiteSettings site, List<Article> articles, Function<Article, ArticleCard> cards) {
        XmlFeeds feed = new XmlFeeds();
        try {
            XMLStreamWriter xml = feed.xml;
            String base = site.baseUrl();
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", XML, "lang", clean(site.language()));
            feed.line(1).element("title", site.title()).line(1).element("subtitle", site.description()).line(1);
            feed.link(null, base + "/").line(1).link("self", base + "/" + SitePaths.FEED).line(1).element("id", tag(site, "/"));
            feed.line(1).element("updated", (articles.isEmpty() ? EPOCH : cards.apply(articles.get(0)).updated())
                    + "T00:00:00Z").line(1).author(site);
            for (Article article : articles) {
                ArticleCard card = cards.apply(article);
                feed.line(1);
                xml.writeStartElement("entry");
                String address = SitePaths.address(site, card.path());
                feed.line(2).element("title", card.title()).line(2).link(null, address).line(2)
                        .element("id", tag(site, "/" + SitePaths.encoded(card.path()))).line(2)
                        .element("published", card.date() + "T00:00:00Z").line(2)
                        .element("updated", card.updated() + "T00:00:00Z").line(2);
                if (!card.summary().isEmpty()) {
                    feed.element("summary", card.summary()).line(2);
                }
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                feed.characters(absolute(article.body(), SitePaths.address(site, SitePaths.HOME), address));
                xml.writeEndElement();
                feed.line(1);
                xml.writeEndElement();
            }
            feed.line(0);
            xml.writeEndElement();
            return feed.done(SitePaths.FEED);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A tag: URI (RFC 4151) for {@code path}, from the fixed {@code site.id}; without one, from the
     * published address's host, which changes the ids if the host changes (docs/EDITING.md says to
     * set site.id).
     */
    static String tag(SiteSettings site, String path) {
        String authority = site.siteId().isEmpty() ? URI.create(site.baseUrl()).getHost() + "," + FALLBACK_YEAR
                : site.siteId();
        return "tag:" + authority + ":" + path;
    }

    /**
     * The body's HTML as a feed reader shows it: embeds left out, links and images absolute.
     * Links to site paths are written from the site's address by the body; the rest (links
     * within the page, such as footnotes, and raw HTML's) are made absolute from the page's
     * {@code address} on the tree, which is also what the feed's HTML is written from.
     */
    private static String absolute(Body body, String siteAddress, String address) {
        StringBuilder html = new StringBuilder();
        BodyPart.split(body.htmlFrom(siteAddress)).forEach(part -> html.append(part.html()));
        Document document = Jsoup.parseBodyFragment(html.toString(), address);
        document.outputSettings().prettyPrint(false);
        for (Element element : document.body().select("[href], [src]")) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            String resolved = element.absUrl(attribute);
            if (!resolved.isEmpty()) {
                element.attr(attribute, resolved);
            }
        }
        return document.body().html();
    }

    private XmlFeeds author(SiteSettings site) throws XMLStreamException {
        xml.writeStartElement("author");
        element("name", site.title());
        xml.writeEndElement();
        return this;
    }

    /** The sitemap: the address of each page at {@code paths} (site paths, such as "types/serum/"). */
    static DataFile sitemap(SiteSettings site, List<String> paths) {
        XmlFeeds sitemap = new XmlFeeds();
        try {
            XMLStreamWriter xml = sitemap.xml;
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAPS);
            for (String path : paths) {
                sitemap.line(1);
                xml.writeStartElement("url");
                sitemap.element("loc", site.baseUrl() + "/" + path);
                xml.writeEndElement();
            }
            sitemap.line(0);
            xml.writeEndElement();
            return sitemap.done(SitePaths.SITEMAP);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private XmlFeeds line(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        return this;
    }

    private XmlFeeds element(String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        characters(value);
        xml.writeEndElement();
        return this;
    }

    private XmlFeeds link(String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        if (rel != null) {
            xml.writeAttribute("rel", clean(rel));
        }
        xml.writeAttribute("href", clean(href));
        return this;
    }

    /**
     * Text, escaped by the writer; apostrophes and quotes as entities too, as the templates
     * wrote them.
     */
    private void characters(String value) throws XMLStreamException {
        String kept = clean(value);
        int from = 0;
        for (int i = 0; i < kept.length(); i++) {
            char c = kept.charAt(i);
            if (c == '\'' || c == '"') {
                xml.writeCharacters(kept.substring(from, i));
                xml.writeEntityRef(c == '\'' ? "apos" : "quot");
                from = i + 1;
            }
        }
        xml.writeCharacters(kept.substring(from));
    }

    private DataFile done(String path) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.close();
        return new DataFile(path, text.toString());
    }

    private static String clean(String value) {
        return TextCharacters.without(value);
    }
}
