package org.layerwise.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What HTML a Markdown body may hold, judged on the trees an HTML5 parser (jsoup, which parses
 * as browsers do) builds, never on the text.
 * <ol>
 * <li>Each piece of raw HTML an editor wrote, parsed on its own as a whole document, may hold
 * only the {@link #EDITOR_TAGS} with {@code title}, {@code lang} and {@code dir} (and
 * {@code open} on details), and comments. Links and images must be written in Markdown.</li>
 * <li>The whole rendered body, parsed where a page puts it (in a {@code div} in {@code main} of a
 * document), may hold only what flexmark makes of Markdown plus those elements, each with its
 * own attributes and values ({@link #RULES}); addresses only relative or http(s) (and mailto and tel for
 * links; which images exist is {@link DocumentPass}'s concern). It
 * must stay in its box: nothing it holds may close an element it did not open, or leave one open
 * (an element, a comment, a raw-text element) that takes in the rest of the page; and nothing may
 * reach the document's html, head or body. Serialised and parsed again, it must give the same
 * tree, so that no parser difference can turn it into something else.</li>
 * </ol>
 */
public final class HtmlPolicy {

    /** Elements editors may write as raw HTML, as listed in docs/EDITING.md. */
    public static final List<String> EDITOR_TAGS = List.of(
            "abbr", "br", "details", "figcaption", "figure", "kbd", "mark", "small", "sub", "summary", "sup");

    /** The most elements one inside another in a body: lists and quotes nest at most {@link NestingLimit#LIMIT} deep. */
    static final int MAX_DEPTH = 4 * NestingLimit.LIMIT;

    private static final Set<String> GLOBAL_ATTRIBUTES = Set.of("title", "lang", "dir");

    private static final Set<String> BAD_SCHEMES = Set.of("javascript", "vbscript", "data", "file");

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");

    /** What to write instead of the elements that have a Markdown form. */
    private static final Map<String, String> MARKDOWN_FORMS = Map.of(
            "a", "write links in Markdown, [text](/path/), so that they are checked",
            "img", "write images in Markdown, ![alt text](/img/name.png), so that they are checked and sized");

    /** jsoup reads a CDATA section anywhere; a browser, outside SVG and MathML, reads a comment that ends at the first '>'. */
    private static final String CDATA = "CDATA sections (<![CDATA[ … ]]>) are not allowed in HTML:"
            + " a browser reads one as a comment that ends at the first >";

    private static final Predicate<String> ANY = value -> true;
    private static final Predicate<String> NUMBER = value -> !value.isEmpty() && value.chars().allMatch(Character::isDigit);

    /**
     * Every element a body may hold, with the attributes each may carry beyond title, lang and
     * dir, and the values they may take: what flexmark and the site's extensions write for
     * Markdown, and the editors' elements.
     */
    static final Map<String, Map<String, Predicate<String>>> RULES = rules();

    private static Map<String, Map<String, Predicate<String>>> rules() {
        Map<String, Map<String, Predicate<String>>> rules = new HashMap<>();
        for (String tag : List.of("abbr", "br", "figcaption", "figure", "kbd", "mark", "small", "sub", "summary",
                "blockquote", "pre", "em", "strong", "del", "hr", "ul", "table", "thead", "tbody", "tr")) {
            rules.put(tag, Map.of());
        }
        rules.put("details", Map.of("open", String::isEmpty));
        rules.put("sup", Map.of("id", ANY));
        rules.put("p", Map.of("class", "lw-callout__title"::equals));
        rules.put("ol", Map.of("start", NUMBER));
        rules.put("li", Map.of("id", ANY, "class", "task-list-item"::equals));
        rules.put("code", Map.of("class", value -> value.startsWith("language-") && value.indexOf(' ') < 0));
        rules.put("div", Map.of("class", "footnotes"::equals));
        rules.put("span", Map.of("aria-hidden", "true"::equals, "class", SourceKindLabel.CLASS::equals));
        rules.put("aside", Map.of("role", "note"::equals, "class", value -> value.startsWith("lw-callout lw-callout--")
                && Callout.Kind.named(value.substring("lw-callout lw-callout--".length())).isPresent()));
        Predicate<String> align = Set.of("left", "center", "right")::contains;
        rules.put("th", Map.of("align", align, "scope", Set.of("col", "row")::contains));
        rules.put("td", Map.of("align", align));
        for (int level = 1; level <= 6; level++) {
            rules.put("h" + level, Map.of("id", ANY, "aria-labelledby", ANY));
        }
        rules.put("a", Map.of("href", HtmlPolicy::isSafeLink, "aria-labelledby", ANY, "id", ANY,
                "class", Set.of("footnote-ref", "footnote-backref", HeadingAnchors.ANCHOR_CLASS)::contains));
        rules.put("img", Map.of("src", HtmlPolicy::isSafeImage, "alt", ANY, "width", NUMBER, "height", NUMBER,
                "loading", "lazy"::equals, "decoding", "async"::equals));
        rules.put("input", Map.of("type", "checkbox"::equals, "class", "task-list-item-checkbox"::equals,
                "checked", String::isEmpty, "disabled", String::isEmpty, "aria-label", ANY));
        return Map.copyOf(rules);
    }

    /** Where a page puts a body: markup around it, parsed with it, that must come out as written. */
    private static final String BEFORE = "<!DOCTYPE html><html><head><title>body</title></head><body><main><div>";
    // ids flexmark cannot give a heading (it writes them in lower case), and raw HTML may not set ids
    private static final String END = "LW-END";
    private static final String AFTER = "LW-AFTER";
    private static final String AFTER_END = "<span id=\"" + END + "\">end</span></div><span id=\"" + AFTER
            + "\">after</span></main></body></html>";

    /**
     * A problem found, at an offset of the rendered HTML (or -1 when it has none), or at a piece
     * of raw HTML.
     */
    record Violation(int offset, RawHtml piece, String message) {
    }

    /**
     * A body parsed where a page puts it.
     *
     * @param box        the element that holds the body, without the markers around it
     * @param violations what is wrong, each at a place
     */
    record Checked(Element box, List<Violation> violations) {

        /** The offset in the body's HTML of a position in the parsed text (a node's source range). */
        int offset(int position) {
            return position - BEFORE.length();
        }
    }

    /** What is wrong with one piece of raw HTML on its own, one message per element or attribute. */
    List<String> violations(String raw) {
        Set<String> found = new LinkedHashSet<>();
        Document document = Jsoup.parse(raw);
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof CDataNode) {
                found.add(CDATA);
            }
        }, document);
        for (Element element : document.getAllElements()) {
            if (element == document) {
                continue;
            }
            String name = element.normalName();
            boolean shell = element == document.child(0) || element == document.head() || element == document.body();
            if (shell && Set.of("html", "head", "body").contains(name)) {
                if (element.attributesSize() > 0) {
                    found.add(notAllowed(name));
                }
                continue;
            }
            if (!EDITOR_TAGS.contains(name)) {
                found.add(notAllowed(name));
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (!GLOBAL_ATTRIBUTES.contains(key) && !(name.equals("details") && key.equals("open"))) {
                    found.add(attributeNotAllowed(name, key));
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Parses a rendered body where a page puts it and judges the tree; {@code raw} are the pieces
     * of raw HTML in it, which are judged first, each on its own. The tree is judged whole when
     * the pieces pass, and parsed a second time only when there are pieces. Positions in the
     * text, which cost more than the parse, are tracked only to place the problems found.
     */
    Checked check(String html, List<RawHtml> raw) {
        Checked checked = check(html, raw, false);
        return checked.violations().isEmpty() ? checked : check(html, raw, true);
    }

    /** As {@link #check(String, List)}, with the nodes' positions in the text tracked. */
    Checked checkWithPositions(String html, List<RawHtml> raw) {
        return check(html, raw, true);
    }

    private Checked check(String html, List<RawHtml> raw, boolean positions) {
        List<Violation> found = new ArrayList<>();
        for (RawHtml piece : raw) {
            violations(piece.text()).forEach(message -> found.add(new Violation(-1, piece, message)));
        }
        Document page = Jsoup.parse(BEFORE + html + AFTER_END, "", Parser.htmlParser().setTrackPosition(positions));
        page.outputSettings().prettyPrint(false);
        Element main = page.body().firstElementChild();
        Element box = main != null && main.normalName().equals("main") && main.firstElementChild() != null
                ? main.firstElementChild() : new Element("div");
        if (found.isEmpty()) {
            judgeTree(page, main, box, html.length(), found);
        }
        Element end = endMarker(box);
        if (end == null) {
            end = page.getElementById(END);
        }
        if (end != null) {
            end.remove();
        }
        if (found.isEmpty() && !raw.isEmpty() && !stable(box)) {
            found.add(new Violation(BEFORE.length() + raw.get(0).start(), null,
                    "raw HTML that a browser could read differently once it is written out again; write it plainly"));
        }
        found.replaceAll(v -> v.offset() < 0 ? v : new Violation(v.offset() - BEFORE.length(), v.piece(), v.message()));
        return new Checked(box, List.copyOf(found));
    }

    private void judgeTree(Document page, Element main, Element box, int length, List<Violation> found) {
        int bodyStart = BEFORE.length();
        int bodyEnd = bodyStart + length;
        for (Element element : List.of(page.child(0), page.head(), page.body())) {
            if (element.attributesSize() > 0) {
                found.add(new Violation(-1, null, notAllowed(element.normalName())));
            }
        }
        // the body must stay in its box, and leave what follows it as it was
        Element end = endMarker(box);
        boolean boxed = main != null && page.body().childrenSize() == 1 && page.head().childrenSize() == 1
                && main.childrenSize() == 2 && main.child(0) == box && box.normalName().equals("div")
                && main.child(1).id().equals(AFTER) && main.child(1).childNodeSize() == 1
                && end != null && box.lastChild() == end && end.childNodeSize() == 1;
        if (!boxed) {
            found.add(leak(page, box, bodyStart, bodyEnd));
        }
        boolean[] tooDeep = {false};
        NodeTraversor.traverse((node, depth) -> {
            if (node == box || node instanceof DataNode || isMarker(node) || isMarker(node.parent())) {
                return;
            }
            if (depth > MAX_DEPTH && !tooDeep[0]) {
                tooDeep[0] = true;
                found.add(new Violation(startOf(node), null, "HTML elements are nested more than " + MAX_DEPTH
                        + " deep here; the limit is " + MAX_DEPTH));
            }
            if (node instanceof Element element) {
                judge(element, found);
            } else if (node instanceof CDataNode || !(node instanceof TextNode || node instanceof Comment)) {
                found.add(new Violation(startOf(node), null, node instanceof CDataNode ? CDATA
                        : "raw HTML " + node.nodeName() + " is not allowed"));
            }
        }, box);
    }

    private void judge(Element element, List<Violation> found) {
        String name = element.normalName();
        Map<String, Predicate<String>> allowed = RULES.get(name);
        if (allowed == null || !element.tag().namespace().equals(Parser.NamespaceHtml)) {
            found.add(new Violation(startOf(element), null, notAllowed(name)));
            return;
        }
        if (element.attributesSize() == 0) {
            return;
        }
        int at = startOf(element);
        for (Attribute attribute : element.attributes()) {
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            Predicate<String> rule = allowed.get(key);
            if (rule == null && !GLOBAL_ATTRIBUTES.contains(key)) {
                found.add(new Violation(at, null, attributeNotAllowed(name, key)));
            } else if (rule != null && !rule.test(attribute.getValue())) {
                found.add(new Violation(at, null, "attribute " + key + "=\"" + attribute.getValue() + "\" on <" + name
                        + "> is not allowed"));
            }
        }
    }

    /** The place and kind of what breaks out of the body's box: the first node of the body that does. */
    private static Violation leak(Document page, Element box, int bodyStart, int bodyEnd) {
        int first = Integer.MAX_VALUE;
        String message = "raw HTML is not closed where it was opened, or closes an element it did not open:"
                + " every element must end within the text that starts it";
        for (Element element : page.getAllElements()) {
            int endTag = element.endSourceRange().isTracked() ? element.endSourceRange().startPos() : -1;
            if (endTag >= bodyStart && endTag < bodyEnd && startOf(element) < bodyStart && endTag < first) {
                first = endTag;
                message = "end tag </" + element.normalName() + "> closes an element this text did not open";
            }
        }
        if (first == Integer.MAX_VALUE) {
            for (Node node : box.childNodes()) {
                int start = startOf(node);
                int stop = node instanceof Element element && element.endSourceRange().isTracked()
                        ? element.endSourceRange().endPos() : node.sourceRange().endPos();
                boolean open = node instanceof Element element && !element.endSourceRange().isTracked()
                        && !element.tag().isEmpty() && !element.tag().isSelfClosing();
                if (start >= bodyStart && start < bodyEnd && (stop > bodyEnd || open)) {
                    first = start;
                    message = node instanceof Comment
                            ? "HTML comment is not closed: end it with --> or it hides the rest of the page"
                            : describe(node) + " is not closed: it would take in the rest of the page";
                    break;
                }
            }
        }
        return new Violation(first == Integer.MAX_VALUE ? -1 : first, null, message);
    }

    /** Whether the body, written out and parsed again in the same place, gives the same tree. */
    private static boolean stable(Element box) {
        String once = box.html();
        Document again = Jsoup.parse(BEFORE + once + AFTER_END);
        again.outputSettings().prettyPrint(false);
        Element end = again.getElementById(END);
        if (end == null || end.parent() == null || end.parent().parent() == null) {
            return false;
        }
        Element boxAgain = end.parent();
        end.remove();
        return once.equals(boxAgain.html());
    }

    /** The marker put at the end of the body, when it is still the last element of the box. */
    private static Element endMarker(Element box) {
        Element last = box.lastElementChild();
        return last != null && last.id().equals(END) ? last : null;
    }

    /** Whether a node is one of the elements put around the body to see whether it stays in its box. */
    private static boolean isMarker(Node node) {
        return node instanceof Element element && (element.id().equals(END) || element.id().equals(AFTER));
    }

    private static int startOf(Node node) {
        for (Node n = node; n != null; n = n.parent()) {
            if (n.sourceRange().isTracked()) {
                return n.sourceRange().startPos();
            }
        }
        return -1;
    }

    private static String describe(Node node) {
        return node instanceof Element element ? "<" + element.normalName() + ">" : node.nodeName();
    }

    private static String notAllowed(String name) {
        return "raw HTML <" + name + "> is not allowed; "
                + MARKDOWN_FORMS.getOrDefault(name, "allowed elements: " + String.join(", ", EDITOR_TAGS));
    }

    private static String attributeNotAllowed(String element, String attribute) {
        return "attribute " + attribute + " on <" + element + "> is not allowed"
                + (attribute.startsWith("on") ? " (it runs script)" : "");
    }

    /** True for link targets that run code or embed content: javascript:, vbscript:, data:, file:. */
    public boolean isUnsafeUrl(String url) {
        return BAD_SCHEMES.contains(scheme(url));
    }

    private static boolean isSafeLink(String url) {
        String scheme = scheme(url);
        return scheme.isEmpty() || LINK_SCHEMES.contains(scheme);
    }

    private static boolean isSafeImage(String url) {
        String scheme = scheme(url);
        return scheme.isEmpty() || scheme.equals("http") || scheme.equals("https");
    }

    /**
     * The scheme of an address as a browser reads it: leading and trailing controls and spaces
     * and every tab and line break removed, letter case ignored; "" for a relative address.
     */
    private static String scheme(String url) {
        int from = 0;
        int to = url.length();
        while (from < to && url.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && url.charAt(to - 1) <= ' ') {
            to--;
        }
        StringBuilder scheme = new StringBuilder();
        for (int i = from; i < to; i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c == ':') {
                return scheme.toString().toLowerCase(Locale.ROOT);
            }
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            boolean later = letter || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
            if (!(scheme.isEmpty() ? letter : later)) {
                return "";
            }
            scheme.append(c);
        }
        return "";
    }
}
