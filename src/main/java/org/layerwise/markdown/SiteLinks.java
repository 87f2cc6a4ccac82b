package org.layerwise.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.layerwise.model.SiteLink;
import org.layerwise.model.SitePaths;
import org.layerwise.model.Suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.ObjIntConsumer;
import java.util.regex.Pattern;

/**
 * Where Markdown links may point, and how links to this site are written in the HTML:
 * {@code type:<id>}, {@code term:<id>} and {@code ingredient:<id>} must name known ids and become
 * site paths ({@link SitePaths}), root paths such as {@code /faq/#x} lose their '/', and both are
 * marked as site paths, made relative to the page that shows them when it is written; relative
 * paths are refused, and so are URLs that run script or embed data. Links to this site are kept
 * for later checks.
 */
final class SiteLinks {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final LinkTargets targets;
    private final ObjIntConsumer<String> problems;
    private final HtmlPolicy policy = new HtmlPolicy();
    private final List<SiteLink> found = new ArrayList<>();

    /** @param problems receives each problem's message and source line */
    SiteLinks(LinkTargets targets, ObjIntConsumer<String> problems) {
        this.targets = targets;
        this.problems = problems;
    }

    /** The links to this site (and within the page) seen so far, in document order. */
    List<SiteLink> found() {
        return List.copyOf(found);
    }

    /**
     * The destination to render for a link or reference.
     *
     * @param url  the same sequence when it stays as written
     * @param site whether it is a site path, from the root, which the page that shows it must
     *             write relative to itself
     */
    record Destination(BasedSequence url, boolean site) {
    }

    /** The destination to render for a link or reference written with {@code destination} on {@code line}. */
    Destination href(BasedSequence destination, int line) {
        String url = destination.unescape();
        if (policy.isUnsafeUrl(url)) {
            refuseUnsafe(url, line);
            return new Destination(BasedSequence.of("#"), false);
        }
        if (url.startsWith("type:")) {
            String id = url.substring("type:".length());
            if (!targets.typeIds().contains(id)) {
                problems.accept("unknown product type '" + id + "' in link " + url + Suggestion.didYouMean(id, targets.typeIds())
                        + "; types: " + String.join(", ", new TreeSet<>(targets.typeIds())), line);
                // reported here once: the link goes to the index so that the link check adds no follow-up
                return site(SitePaths.TYPES, "", line);
            }
            return site(SitePaths.type(id), "", line);
        }
        if (url.startsWith("term:")) {
            String id = url.substring("term:".length());
            if (!targets.termIds().contains(id)) {
                problems.accept("unknown glossary term '" + id + "' in link " + url + Suggestion.didYouMean(id, targets.termIds())
                        + "; add it to content/glossary.yaml or use one of: "
                        + String.join(", ", new TreeSet<>(targets.termIds())), line);
                return site(SitePaths.GLOSSARY, "", line);
            }
            return site(SitePaths.GLOSSARY, id, line);
        }
        if (url.startsWith("ingredient:")) {
            String id = url.substring("ingredient:".length());
            if (!targets.ingredientIds().contains(id)) {
                problems.accept("unknown ingredient '" + id + "' in link " + url
                        + Suggestion.didYouMean(id, targets.ingredientIds()) + "; add content/ingredients/" + id
                        + ".yaml or use one of: " + String.join(", ", new TreeSet<>(targets.ingredientIds())), line);
                return site(SitePaths.INGREDIENTS, "", line);
            }
            return site(SitePaths.ingredient(id), "", line);
        }
        if (url.startsWith("/") && !url.startsWith("//")) {
            return site(SiteLink.ofRootPath(url, line));
        }
        if (url.length() > 1 && url.startsWith("#")) {
            found.add(new SiteLink("", url.substring(1), line, true));
            return new Destination(destination, false);
        }
        if (!(url.isEmpty() || url.startsWith("#") || url.startsWith("//") || SCHEME.matcher(url).find())) {
            problems.accept("relative link '" + url + "': link site pages by root path, like /articles/layering-order/,"
                    + " or with type:<id>, term:<id> and ingredient:<id>", line);
        }
        return new Destination(destination, false);
    }

    /** Reports an autolink, {@code <scheme:...>}, whose URL runs script or embeds data. */
    void checkAutolink(String url, int line) {
        if (policy.isUnsafeUrl(url)) {
            refuseUnsafe(url, line);
        }
    }

    private void refuseUnsafe(String url, int line) {
        problems.accept("link to '" + url + "' is not allowed: links may not run script or embed data", line);
    }

    private Destination site(String path, String fragment, int line) {
        return site(new SiteLink(path, fragment, line));
    }

    private Destination site(SiteLink link) {
        found.add(link);
        return new Destination(destination(link.path() + (link.fragment().isEmpty() ? "" : "#" + link.fragment())), true);
    }

    /** A link or image destination the renderer turns back into {@code url} when it unescapes it. */
    static BasedSequence destination(String url) {
        return BasedSequence.of(url.replace("\\", "\\\\").replace("&", "&amp;"));
    }
}
