package org.layerwise.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw HTML editors may write inside Markdown: a short allowlist of harmless elements and
 * attributes, held in a jsoup {@link Safelist}, and comments. Anything that can run code or pull
 * in another page is refused, and so are links and images, which must be written in Markdown to
 * be checked.
 */
public final class HtmlPolicy {

    /** Elements editors may use, as listed in docs/EDITING.md. */
    public static final List<String> ALLOWED_TAGS = List.of(
            "abbr", "br", "details", "figcaption", "figure", "kbd", "mark", "small", "sub", "summary", "sup");

    private static final Set<String> BAD_SCHEMES = Set.of("javascript", "vbscript", "data", "file");

    /** What to write instead of the elements that have a Markdown form. */
    private static final Map<String, String> MARKDOWN_FORMS = Map.of(
            "a", "write links in Markdown, [text](/path/), so that they are checked",
            "img", "write images in Markdown, ![alt text](/img/name.png), so that they are checked and sized");

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern START_TAG = Pattern.compile("<([a-zA-Z][^\\s/>]*)");

    private final Safelist safelist = new Safelist()
            .addTags(ALLOWED_TAGS.toArray(String[]::new))
            .addAttributes(":all", "title", "lang", "dir")
            .addAttributes("details", "open");

    /** What is wrong with an HTML fragment, one message per offending element or attribute. */
    public List<String> violations(String html) {
        Set<String> found = new LinkedHashSet<>();
        String uncommented = COMMENT.matcher(html).replaceAll("");
        if (uncommented.contains("<!--")) {
            found.add("HTML comment is not closed: end it with --> or it hides the rest of the page");
        }
        // tags are read from the source, not from a parsed tree: a tree drops some tags, such as
        // <body onload=...>, whose attributes a browser would still apply to the page
        Matcher tag = START_TAG.matcher(uncommented);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            if (!safelist.isSafeTag(name)) {
                found.add("raw HTML <" + name + "> is not allowed; "
                        + MARKDOWN_FORMS.getOrDefault(name, "allowed elements: " + String.join(", ", ALLOWED_TAGS)));
            }
        }
        Document fragment = Jsoup.parseBodyFragment(html);
        for (Element element : fragment.body().getAllElements()) {
            String name = element.normalName();
            if (element == fragment.body() || !safelist.isSafeTag(name)) {
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                if (!safelist.isSafeAttribute(name, element, attribute)) {
                    found.add("attribute " + attribute.getKey() + " on <" + name + "> is not allowed"
                            + (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on") ? " (it runs script)" : ""));
                }
            }
        }
        return List.copyOf(found);
    }

    /** True for link targets that run code or embed content: javascript:, vbscript:, data:, file:. */
    public boolean isUnsafeUrl(String url) {
        String compact = url.strip().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
        int colon = compact.indexOf(':');
        return colon > 0 && BAD_SCHEMES.contains(compact.substring(0, colon));
    }
}
