package org.layerwise.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The links and ids of the pages of the last successful build, kept by file: a rebuild in
 * {@code serve} renders only the pages an edit changed, and reuses the scans of all the others.
 */
public final class PageScans {

    /** What a page links to and which ids it has. */
    record Scan(Set<String> ids, List<String> links) {
    }

    private static final String LINKS = "a[href], link[href], img[src], script[src], source[src], use[href]";

    private final Map<String, Scan> byFile = new ConcurrentHashMap<>();

    /** Reads the links and ids of a page. */
    static Scan scan(String html) {
        Document document = Jsoup.parse(html);
        List<String> links = new ArrayList<>();
        for (Element element : document.select(LINKS)) {
            links.add(element.attr(element.hasAttr("href") ? "href" : "src"));
        }
        return new Scan(idsIn(document), List.copyOf(links));
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

    static Set<String> idsIn(Document document) {
        Set<String> ids = new HashSet<>();
        for (Element element : document.select("[id], a[name]")) {
            ids.add(element.hasAttr("id") ? element.id() : element.attr("name"));
        }
        return Set.copyOf(ids);
    }
}
