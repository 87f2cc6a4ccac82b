package org.layerwise.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The links and ids of written pages, parsed with jsoup. A page whose HTML is the same as at the
 * previous build of a {@code serve} session is not parsed again: most pages do not change when
 * one article is edited.
 */
public final class PageScans {

    /** What a page links to and which ids it has. */
    record Scan(byte[] digest, Set<String> ids, List<String> links) {
    }

    private static final String LINKS = "a[href], link[href], img[src], script[src], source[src], use[href]";

    private final Map<String, Scan> byFile = new ConcurrentHashMap<>();

    /** The links and ids of the page written to {@code file} with {@code html}. Thread-safe. */
    Scan scan(String file, String html) {
        byte[] digest = digest(html);
        Scan known = byFile.get(file);
        if (known != null && Arrays.equals(known.digest(), digest)) {
            return known;
        }
        Document document = Jsoup.parse(html);
        List<String> links = new ArrayList<>();
        for (Element element : document.select(LINKS)) {
            links.add(element.attr(element.hasAttr("href") ? "href" : "src"));
        }
        Scan scan = new Scan(digest, idsIn(document), List.copyOf(links));
        byFile.put(file, scan);
        return scan;
    }

    static Set<String> idsIn(Document document) {
        Set<String> ids = new HashSet<>();
        for (Element element : document.select("[id], a[name]")) {
            ids.add(element.hasAttr("id") ? element.id() : element.attr("name"));
        }
        return Set.copyOf(ids);
    }

    private static byte[] digest(String html) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
