package org.layerwise;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.serve.PreviewServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site published as a GitHub project site, under /layerwise/: starting at its home page, every
 * link, asset and anchor a reader's browser would follow must be there.
 */
class SubPathIT {

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyLinkAndAssetResolvesUnderASubPath() throws Exception {
        Path served = folder.resolve("served");
        FixtureSite.real(folder.resolve("project")).build("--output", served.resolve("layerwise").toString(),
                "--base-url", "https://example.org/layerwise");
        try (PreviewServer server = new PreviewServer(served, 0)) {
            String base = "http://127.0.0.1:" + server.port() + "/layerwise/";
            List<String> broken = new ArrayList<>();
            Map<String, Document> pages = new HashMap<>();
            Set<String> seen = new HashSet<>();
            Deque<String> queue = new ArrayDeque<>(List.of(base, base + "404.html"));
            List<String[]> anchors = new ArrayList<>();
            while (!queue.isEmpty()) {
                String url = queue.removeFirst();
                if (!seen.add(url)) {
                    continue;
                }
                HttpResponse<String> response = get(url);
                if (response.statusCode() != 200) {
                    broken.add(url + " → " + response.statusCode());
                    continue;
                }
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (!type.startsWith("text/html")) {
                    continue;
                }
                // The 404 page is served at any depth; its <base> must make its links work from there.
                String pageUrl = url.endsWith("404.html") ? base + "some/deep/missing/page/" : url;
                Document page = Jsoup.parse(response.body(), pageUrl);
                pages.put(url, page);
                for (Element element : page.select("a[href], link[href], script[src], img[src]")) {
                    String target = element.absUrl(element.hasAttr("href") ? "href" : "src");
                    if (!target.startsWith("http://127.0.0.1:" + server.port() + "/")) {
                        continue;
                    }
                    if (!target.startsWith(base)) {
                        broken.add(url + " links outside the sub-path: " + target);
                        continue;
                    }
                    int hash = target.indexOf('#');
                    String address = hash < 0 ? target : target.substring(0, hash);
                    if (hash >= 0) {
                        anchors.add(new String[] {url, address, target.substring(hash + 1)});
                    }
                    queue.add(address.contains("?") ? address.substring(0, address.indexOf('?')) : address);
                }
            }
            for (String[] anchor : anchors) {
                Document target = pages.get(anchor[1]);
                if (target != null && target.getElementById(anchor[2]) == null) {
                    broken.add(anchor[0] + " → #" + anchor[2] + " missing on " + anchor[1]);
                }
            }
            assertTrue(pages.size() > 50, "crawled only " + pages.size() + " pages");
            assertEquals(List.of(), broken);
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
