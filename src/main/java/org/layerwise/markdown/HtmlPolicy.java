package org.layerwise.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The raw HTML editors may write inside Markdown: a short allowlist of harmless elements, checked
 * with jsoup's {@link Safelist}. Anything that can run code or pull in another page is refused.
 */
public final class HtmlPolicy {

    /** Elements editors may use, as listed in docs/EDITING.md. */
    public static final List<String> ALLOWED_TAGS = List.of(
            "abbr", "br", "details", "figcaption", "figure", "kbd", "mark", "small", "sub", "summary", "sup");

    private static final Set<String> BAD_SCHEMES = Set.of("javascript", "vbscript", "data", "file");

    private final Safelist safelist = new Safelist()
            .addTags(ALLOWED_TAGS.toArray(String[]::new))
            .addAttributes(":all", "title", "lang", "dir")
            .addAttributes("details", "open");

    /** What is wrong with an HTML fragment, one message per offending element or attribute. */
    public List<String> violations(String html) {
        Document fragment = Jsoup.parseBodyFragment(html);
        if (new Cleaner(safelist).isValid(fragment)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (Element element : fragment.body().getAllElements()) {
            if (element == fragment.body()) {
                continue;
            }
            String tag = element.normalName();
            if (!safelist.isSafeTag(tag)) {
                found.add("raw HTML <" + tag + "> is not allowed; allowed elements: " + String.join(", ", ALLOWED_TAGS));
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                if (!safelist.isSafeAttribute(tag, element, attribute)) {
                    found.add("attribute " + attribute.getKey() + " on <" + tag + "> is not allowed"
                            + (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on") ? " (it runs script)" : ""));
                }
            }
        }
        if (found.isEmpty()) {
            found.add("raw HTML here is not allowed: " + html.strip());
        }
        return found;
    }

    /** True for link targets that run code or embed content: javascript:, vbscript:, data:, file:. */
    public boolean isUnsafeUrl(String url) {
        String compact = url.strip().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
        int colon = compact.indexOf(':');
        return colon > 0 && BAD_SCHEMES.contains(compact.substring(0, colon));
    }
}
