package org.layerwise.validate;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an SVG file in {@code assets/} may hold: a browser that opens an SVG file runs its scripts
 * and follows its links, so only drawing is allowed. The file is read by an XML parser as the
 * browser reads it (namespaces on; no DOCTYPE, so no entities, internal or external, and no XXE);
 * on that tree, everything that runs, navigates or loads is refused: script, foreignObject and
 * other embedding elements, elements outside the SVG namespace, {@code on*} attributes,
 * animations of links or handlers, links with a scheme ({@code javascript:}, {@code data:},
 * {@code http:}) or leaving the file from {@code <use>}, {@code xml:base}, processing
 * instructions (an {@code xml-stylesheet} loads a style sheet), and style sheets with
 * {@code @import}, {@code url()} other than {@code url(#id)}, or CSS escapes that could hide either.
 */
public final class SvgPolicy {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String XML = XMLConstants.XML_NS_URI;

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed",
            "object", "handler", "listener", "audio", "video", "canvas", "html", "body", "meta", "link", "base");
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatemotion", "animatetransform",
            "animatecolor", "discard");

    /** One thing the file must not hold, at its line (0 when unknown). */
    public record Finding(int line, int column, String message) {
    }

    private SvgPolicy() {
    }

    /** What is wrong with the SVG file's {@code bytes}; empty when it only draws. */
    public static List<Finding> check(byte[] bytes) {
        Document document;
        try {
            document = parser().parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            return List.of(new Finding(Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0),
                    "not a well-formed SVG file (" + e.getMessage() + ")"));
        } catch (SAXException | IOException e) {
            return List.of(new Finding(0, 0, "not a well-formed SVG file (" + e.getMessage() + ")"));
        }
        List<Finding> findings = new ArrayList<>();
        Element root = document.getDocumentElement();
        if (!SVG.equals(root.getNamespaceURI()) || !"svg".equals(root.getLocalName())) {
            findings.add(new Finding(0, 0, "the root element must be <svg> in the SVG namespace (" + SVG + ")"));
        }
        Deque<Node> todo = new ArrayDeque<>();
        for (Node child = document.getFirstChild(); child != null; child = child.getNextSibling()) {
            todo.push(child);
        }
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                findings.add(new Finding(0, 0, "processing instruction <?" + node.getNodeName()
                        + " …?> is not allowed (it can load a style sheet)"));
            } else if (node instanceof Element element) {
                if (checkElement(element, findings)) {
                    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                        todo.push(child);
                    }
                }
            }
        }
        return findings;
    }

    /** Checks one element; whether to look inside it ({@code <metadata>} is inert). */
    private static boolean checkElement(Element element, List<Finding> findings) {
        String name = String.valueOf(element.getLocalName());
        String lower = name.toLowerCase(Locale.ROOT);
        if (!SVG.equals(element.getNamespaceURI())) {
            findings.add(new Finding(0, 0, "element <" + element.getTagName() + "> is not an SVG element "
                    + "(namespace " + element.getNamespaceURI() + "); only SVG drawing is allowed"));
            return false;
        }
        if (lower.equals("metadata")) {
            return false;
        }
        if (FORBIDDEN_ELEMENTS.contains(lower)) {
            findings.add(new Finding(0, 0, "<" + name + "> is not allowed in an SVG asset: it can run code or "
                    + "embed other content"));
            return false;
        }
        if (ANIMATIONS.contains(lower)) {
            String target = element.getAttribute("attributeName").strip().toLowerCase(Locale.ROOT);
            if (target.endsWith("href") || target.startsWith("on") || target.equals("style")) {
                findings.add(new Finding(0, 0, "<" + name + "> must not change '" + target + "'"));
            }
        }
        if (lower.equals("style")) {
            cssProblem(element.getTextContent()).ifPresent(p -> findings.add(new Finding(0, 0, "<style>: " + p)));
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            checkAttribute(lower, (Attr) attributes.item(i), findings);
        }
        return true;
    }

    private static void checkAttribute(String element, Attr attribute, List<Finding> findings) {
        String name = String.valueOf(attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName());
        String lower = name.toLowerCase(Locale.ROOT);
        String value = attribute.getValue();
        if (lower.startsWith("on")) {
            findings.add(new Finding(0, 0, "event attribute " + attribute.getName() + " is not allowed"));
        } else if (lower.equals("base") && XML.equals(attribute.getNamespaceURI())) {
            findings.add(new Finding(0, 0, "xml:base is not allowed"));
        } else if (lower.equals("href")) {
            hrefProblem(element, value).ifPresent(p -> findings.add(new Finding(0, 0, "<" + element + " "
                    + attribute.getName() + "=\"" + value + "\">: " + p)));
        } else if (lower.equals("style")) {
            cssProblem(value).ifPresent(p -> findings.add(new Finding(0, 0, "style attribute: " + p)));
        } else if (value.toLowerCase(Locale.ROOT).contains("url(") && !value.strip().startsWith("url(#")) {
            findings.add(new Finding(0, 0, attribute.getName() + "=\"" + value + "\": only url(#id) references "
                    + "to this file are allowed"));
        }
    }

    /** Links: to a part of this file ({@code #id}); or, except from {@code <use>}, a relative address. */
    private static Optional<String> hrefProblem(String element, String value) {
        String link = value.strip();
        if (link.startsWith("#")) {
            return Optional.empty();
        }
        if (element.equals("use")) {
            return Optional.of("<use> may only refer to an element of this file (#id)");
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            return Optional.of("not a valid address");
        }
        if (uri.getScheme() != null || uri.getRawAuthority() != null || link.startsWith("//")) {
            return Optional.of("only links within the site (relative addresses or #id) are allowed, "
                    + "no javascript:, data: or other sites");
        }
        return Optional.empty();
    }

    /**
     * Style sheets: no {@code @import}, no {@code url()} but {@code url(#id)}, no CSS escapes
     * (which could spell either without their letters), after comments are dropped.
     */
    static Optional<String> cssProblem(String css) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < css.length(); i++) {
            if (css.startsWith("/*", i)) {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 1;
            } else {
                text.append(Character.toLowerCase(css.charAt(i)));
            }
        }
        String plain = text.toString();
        if (plain.indexOf('\\') >= 0) {
            return Optional.of("CSS escapes (\\) are not allowed");
        }
        if (plain.contains("@import")) {
            return Optional.of("@import is not allowed");
        }
        for (int at = plain.indexOf("url("); at >= 0; at = plain.indexOf("url(", at + 4)) {
            String argument = plain.substring(at + 4).stripLeading();
            if (!argument.startsWith("#") && !argument.startsWith("\"#") && !argument.startsWith("'#")) {
                return Optional.of("url() may only refer to an element of this file (url(#id))");
            }
        }
        for (String loading : List.of("image-set(", "image(", "src(", "expression(", "behavior", "-moz-binding")) {
            if (plain.contains(loading)) {
                return Optional.of(loading + " is not allowed");
            }
        }
        return Optional.empty();
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }
}
