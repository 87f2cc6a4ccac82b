package org.layerwise.render;

import org.layerwise.model.Body;
import org.layerwise.model.SiteSettings;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One page to write.
 *
 * @param path        the site path, "" for the home page, "articles/x/" for an article, or a file
 *                    name such as "404.html" or "feed.xml"
 * @param kind        the page kind; its template is {@code template.<kind>.file} in jbake.properties
 * @param title       the page title, without the site name
 * @param description one sentence for search engines and link previews
 * @param source      the content file it comes from, for messages; null for generated pages
 * @param crumbs      breadcrumbs from the home page down to (not including) this page
 * @param data        what the template shows
 * @param body        the Markdown body the page shows in full, or {@link Body#EMPTY}
 */
public record PlannedPage(String path, String kind, String title, String description, Path source,
                          List<Crumb> crumbs, Map<String, Object> data, Body body) {

    /** A link in the breadcrumb trail. */
    public record Crumb(String label, String path) {
    }

    public PlannedPage {
        crumbs = List.copyOf(crumbs);
        data = Map.copyOf(data);
    }

    /** A page that shows no Markdown body in full. */
    public PlannedPage(String path, String kind, String title, String description, Path source,
                       List<Crumb> crumbs, Map<String, Object> data) {
        this(path, kind, title, description, source, crumbs, data, Body.EMPTY);
    }

    /** The file this page is written to, relative to the output folder. */
    public String file() {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /**
     * A site path as it goes into an absolute address (canonical links, the sitemap): letters
     * outside ASCII, as in a Korean article's address, percent-encoded in UTF-8.
     */
    public static String urlPath(String path) {
        return encoded(path);
    }

    /**
     * The absolute address of the page at site {@code path} (canonical links, redirects, the
     * feed), or "" when the published address is not known.
     */
    public static String address(SiteSettings settings, String path) {
        return settings.published() ? settings.baseUrl() + "/" + encoded(path) : "";
    }

    private static String encoded(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a site path: " + path, e);
        }
    }

    /** The relative path from this page back to the site root: "", "../" or "../../". */
    public String root() {
        int depth = (int) file().chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
