package org.layerwise.render;

import org.layerwise.model.SiteSettings;
import org.layerwise.model.TextCharacters;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * The Atom feed and the sitemap, written by an XML writer rather than a template, so that they
 * are well-formed whatever the text holds: the writer escapes markup, and characters XML does
 * not allow (which the loaders already refuse) are left out. Laid out and escaped as the former
 * templates had them, so the files are the same byte for byte.
 */
final class XmlFeeds {

    static final String FEED = "feed.xml";
    static final String SITEMAP = "sitemap.xml";

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
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

    /** The Atom feed of {@code articles}, newest first. */
    static DataFile atom(SiteSettings site, List<ArticleCard> articles) {
        XmlFeeds feed = new XmlFeeds();
        try {
            XMLStreamWriter xml = feed.xml;
            String base = site.baseUrl();
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", XML, "lang", clean(site.language()));
            feed.line(1).element("title", site.title()).line(1).element("subtitle", site.description()).line(1);
            feed.link(null, base + "/").line(1).link("self", base + "/feed.xml").line(1).element("id", base + "/");
            if (!articles.isEmpty()) {
                feed.line(1).element("updated", articles.get(0).updated() + "T00:00:00Z");
            }
            for (ArticleCard card : articles) {
                feed.line(1);
                xml.writeStartElement("entry");
                String address = base + "/" + PlannedPage.urlPath(card.path());
                feed.line(2).element("title", card.title()).line(2).link(null, address).line(2)
                        .element("id", address).line(2)
                        .element("published", card.date() + "T00:00:00Z").line(2)
                        .element("updated", card.updated() + "T00:00:00Z").line(2)
                        .element("summary", card.summary()).line(2);
                xml.writeStartElement("author");
                feed.element("name", site.title());
                xml.writeEndElement();
                feed.line(1);
                xml.writeEndElement();
            }
            feed.line(0);
            xml.writeEndElement();
            return feed.done(FEED);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
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
            return sitemap.done(SITEMAP);
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
