package org.layerwise.check;

import org.jsoup.nodes.Document;
import org.layerwise.markdown.MarkdownRenderer;
import org.layerwise.model.Body;
import org.layerwise.model.SitePaths;
import org.layerwise.plan.BodyPart;
import org.layerwise.plan.PlannedPage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the links and ids of pages, and keeps those of the last successful build by file: a
 * rebuild in {@code serve} renders only the pages an edit changed, and reuses the scans of all
 * the others. Page text is read by a {@link PageReader}, which the build may put in a cache; a
 * page that shows a Markdown body is read as two texts, the body (the same on every page that
 * shows it, so read once) and the rest of the page ({@link #read(PlannedPage, String)}).
 */
public final class PageScans {

    /** What a page links to and which ids it has. */
    public record Scan(Set<String> ids, List<String> links) {
        public Scan {
            ids = Set.copyOf(ids);
            links = List.copyOf(links);
        }
    }

    private final Map<String, Scan> byFile = new ConcurrentHashMap<>();
    private final PageReader reader;

    /** @param reader how page text is read into links and ids */
    public PageScans(PageReader reader) {
        this.reader = reader;
    }

    /** Reads the links and ids of a page. Safe from several threads. */
    Scan scan(String html) {
        return reader.read(html);
    }

    /**
     * Reads the links and ids of {@code page}, whose HTML is {@code html}: what the build hands
     * the render stage to read each page it writes while the text is at hand. Safe from several
     * threads.
     */
    public Scan read(PlannedPage page, String html) {
        return page.body().html().isEmpty() ? scan(html) : scan(html, page.body(), page.path());
    }

    /**
     * The links (site paths marked, as {@link Body#html()} has them) and ids of a Markdown body,
     * read by the {@link PageReader} from its page-independent HTML: the same text on every page
     * and in every build that shows the body, so a cached reader reads it once.
     */
    Scan scan(Body body) {
        return reader.read(body.html());
    }

    /** The links and ids of a parsed page. */
    static Scan scan(Document document) {
        return new Scan(MarkdownRenderer.ids(document), MarkdownRenderer.hrefs(document));
    }

    /**
     * Reads the links and ids of the page at site path {@code pagePath}, which shows {@code body}
     * there (its links to site paths relative to that page): the body is read on its own
     * ({@link #scan(Body)}), and the rest of the page apart from it. Each stretch of the body is cut out
     * of the page where it appears, verbatim and once; the elements in it are the same whether
     * parsed alone or within the page, since parsing never changes an element's attributes. If a
     * stretch is not found like that, the whole page is read instead.
     */
    Scan scan(String html, Body body, String pagePath) {
        String rest = html;
        for (BodyPart part : BodyPart.split(body.htmlAt(pagePath))) {
            String text = part.html();
            if (text.isEmpty()) {
                continue;
            }
            int at = rest.indexOf(text);
            if (at < 0 || rest.indexOf(text, at + 1) >= 0) {
                return scan(html);
            }
            rest = rest.substring(0, at) + rest.substring(at + text.length());
        }
        Scan outside = scan(rest);
        Scan inside = scan(body);
        Set<String> ids = new HashSet<>(outside.ids());
        ids.addAll(inside.ids());
        List<String> links = new ArrayList<>(outside.links());
        inside.links().forEach(href -> links.add(SitePaths.forPage(href, pagePath)));
        return new Scan(ids, links);
    }

    /** The scan of {@code file} as the last successful build wrote it, if it did. */
    Optional<Scan> known(String file) {
        return Optional.ofNullable(byFile.get(file));
    }

    /** Keeps the scans of a build that succeeded, forgetting the previous ones. */
    void replaceWith(Map<String, Scan> scans) {
        byFile.clear();
        byFile.putAll(scans);
    }
}
