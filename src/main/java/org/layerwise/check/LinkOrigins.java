package org.layerwise.check;

import org.layerwise.model.Body;

import java.nio.file.Path;
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
}
