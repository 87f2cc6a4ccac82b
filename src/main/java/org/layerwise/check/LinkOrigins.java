package org.layerwise.check;

import org.layerwise.model.Body;
import org.layerwise.model.FaqEntry;
import org.layerwise.model.Origin;
import org.layerwise.model.SiteContent;
import org.layerwise.model.SiteLink;
import org.layerwise.model.SitePaths;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the links of the site's pages were written, so that a broken link is reported at the
 * Markdown file and line it came from, whichever page shows it, and only a link that no
 * Markdown wrote is blamed on the templates.
 *
 * @param byPage   for each page path, the Markdown links of the bodies that page is made of
 * @param bodies   every Markdown body of the site with its file: a body another page shows
 *                 (a type's description on a comparison, an FAQ answer on a type's page) is
 *                 found there by its links
 * @param leftOut  page paths whose files exist but were left out because they have problems of
 *                 their own: links to them are not reported again
 */
public record LinkOrigins(Map<String, List<LinkOrigin>> byPage, List<Written> bodies, Set<String> leftOut) {

    /** A Markdown body and the file it was written in. */
    public record Written(Path file, Body body) {
    }

    public LinkOrigins {
        byPage = Map.copyOf(byPage);
        bodies = List.copyOf(bodies);
        leftOut = Set.copyOf(leftOut);
    }

    /**
     * Markdown links by the page they appear on, and every Markdown body with its file, so broken
     * links are reported at their lines; {@code leftOut}, the pages whose files failed to load.
     */
    public static LinkOrigins of(SiteContent site, Set<String> leftOut) {
        Map<String, List<LinkOrigin>> origins = new HashMap<>();
        List<Written> bodies = new ArrayList<>();
        site.articles().forEach(a -> add(origins, bodies, SitePaths.article(a.slug()), a.origin(), a.body()));
        site.pages().forEach(p -> add(origins, bodies, SitePaths.page(p.slug()), p.origin(), p.body()));
        site.types().forEach(t -> add(origins, bodies, SitePaths.type(t.id()), t.origin(), t.description()));
        site.glossary().forEach(g -> add(origins, bodies, SitePaths.GLOSSARY, g.origin(), g.definition()));
        for (int i = 0; i < site.faq().size(); i++) {
            FaqEntry entry = site.faq().get(i);
            add(origins, bodies, SitePaths.FAQ, entry.origin(), entry.answer());
            // a faulty value (no leading "/") is reported by the loader; it is checked as if it had one
            String more = entry.more().startsWith("/") ? entry.more() : "/" + entry.more();
            int line = entry.origin().problem(i + ".more", "").line();
            origins.computeIfAbsent(SitePaths.FAQ, p -> new ArrayList<>()).add(new LinkOrigin(entry.origin().file(),
                    SiteLink.ofRootPath(more, line)));
        }
        return new LinkOrigins(origins, bodies, leftOut);
    }

    private static void add(Map<String, List<LinkOrigin>> origins, List<Written> bodies, String page,
                            Origin origin, Body body) {
        List<LinkOrigin> list = origins.computeIfAbsent(page, p -> new ArrayList<>());
        body.links().forEach(link -> list.add(new LinkOrigin(origin.file(), link)));
        bodies.add(new Written(origin.file(), body));
    }
}
