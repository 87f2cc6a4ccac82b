package org.layerwise.plan;

import org.layerwise.model.Body;
import org.layerwise.model.SitePaths;

import java.nio.file.Path;
import java.util.List;

/**
 * One page to write.
 *
 * @param path        the site path (see {@link SitePaths}): "" for the home page, "articles/x/" for an
 *                    article, or a file name such as "404.html"
 * @param title       the page title, without the site name
 * @param description one sentence for search engines and link previews
 * @param source      the content file it comes from, for messages; null for generated pages
 * @param crumbs      breadcrumbs from the home page down to (not including) this page
 * @param data        what the template shows, one record type per page kind
 * @param body        the Markdown body the page shows in full, or {@link Body#EMPTY}
 */
public record PlannedPage(String path, String title, String description, Path source,
                          List<Crumb> crumbs, PageData data, Body body) {

    /** A link in the breadcrumb trail. */
    public record Crumb(String label, String path) {
    }

    public PlannedPage {
        crumbs = List.copyOf(crumbs);
    }

    /** A page that shows no Markdown body in full. */
    public PlannedPage(String path, String title, String description, Path source, List<Crumb> crumbs, PageData data) {
        this(path, title, description, source, crumbs, data, Body.EMPTY);
    }

    /** The page kind, which names its template: {@code template.<kind>.file} in jbake.properties. */
    public String kind() {
        return data.kind();
    }

    /** The file this page is written to, relative to the output folder. */
    public String file() {
        return SitePaths.file(path);
    }

    /** Whether this is an HTML page (the others are feeds and sitemaps). */
    public boolean isHtml() {
        return file().endsWith(".html");
    }

    /** The relative path from this page back to the site root: "", "../" or "../../". */
    public String root() {
        return SitePaths.root(path);
    }
}
