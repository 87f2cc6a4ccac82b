package org.layerwise.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.layerwise.cache.DiskCache;
import org.layerwise.markdown.MarkdownRenderer;
import org.layerwise.model.Body;
import org.layerwise.model.SitePaths;
import org.layerwise.plan.BodyPart;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
 * the others. Readings of page text are also kept in a {@link DiskCache} by the text's digest, so
 * that a build whose templates and data did not change reads no page at all.
 */
public final class PageScans {

    /** What a page links to and which ids it has. */
    public record Scan(Set<String> ids, List<String> links) {
        public Scan {
            ids = Set.copyOf(ids);
            links = List.copyOf(links);
        }
    }

    /** Scans in a {@link DiskCache} file. */
    public static final class Codec implements DiskCache.Codec<Scan> {
        @Override
        public void write(DataOutputStream out, Scan scan) throws IOException {
            DiskCache.writeStrings(out, scan.ids());
            DiskCache.writeStrings(out, scan.links());
        }

        @Override
        public Scan read(DataInputStream in) throws IOException {
            return new Scan(new HashSet<>(DiskCache.readStrings(in)), DiskCache.readStrings(in));
        }
    }

    private final Map<String, Scan> byFile = new ConcurrentHashMap<>();
    private final DiskCache<Scan> readings;

    /** @param readings scans of page text read before, by the text's digest */
    public PageScans(DiskCache<Scan> readings) {
        this.readings = readings;
    }

    /** Starts a build: the page readings it does not ask for again are not written back. */
    public void startBuild() {
        readings.startRun("");
    }

    /** Writes the page readings of the last build to their cache file. */
    public void saveReadings() {
        readings.save();
    }

    /** Reads the links and ids of a page, or finds the reading of the same text. Safe from several threads. */
    Scan scan(String html) {
        String key = DiskCache.key(html);
        return readings.find(key).orElseGet(() -> {
            Scan scan = scan(Jsoup.parse(html));
            readings.keep(key, scan);
            return scan;
        });
    }

    /** The links and ids of a parsed page. */
    static Scan scan(Document document) {
        return new Scan(MarkdownRenderer.ids(document), MarkdownRenderer.hrefs(document));
    }

    /**
     * Reads the links and ids of the page at site path {@code pagePath}, which shows {@code body}
     * there (its links to site paths relative to that page): the body's were read when it was
     * rendered, so only the rest of the page is parsed here. Each stretch of the body is cut out
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
        Set<String> ids = new HashSet<>(outside.ids());
        ids.addAll(body.ids());
        List<String> links = new ArrayList<>(outside.links());
        body.hrefs().forEach(href -> links.add(SitePaths.forPage(href, pagePath)));
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
