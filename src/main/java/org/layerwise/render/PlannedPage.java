package org.layerwise.render;

import org.layerwise.model.Body;
import org.layerwise.model.SitePaths;

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
        return SitePaths.file(path);
    }

    /** The relative path from this page back to the site root: "", "../" or "../../". */
    public String root() {
        return SitePaths.root(path);
    }
}
