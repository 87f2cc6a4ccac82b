package org.layerwise.serve;

import com.google.gson.JsonParser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.model.Problem;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's HTTP side: read-only methods, URL path decoding, HEAD, and no way out of the site. */
class PreviewServerTest {

    @TempDir
    Path folder;

    private PreviewServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Logger httpLog = Logger.getLogger("com.sun.net.httpserver");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void start() throws Exception {
        Path site = Files.createDirectories(folder.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<p>home</p>");
        Files.createDirectories(site.resolve("a b"));
        Files.writeString(site.resolve("a b/index.html"), "<p>space</p>");
        Files.createDirectories(site.resolve("c+d"));
        Files.writeString(site.resolve("c+d/index.html"), "<p>plus</p>");
        Files.writeString(site.resolve("404.html"), "<p>not here</p>");
        Files.writeString(folder.resolve("secret.txt"), "secret");
        httpLog.addHandler(capture);
        server = new PreviewServer(site, 0);
    }

    @AfterEach
    void stop() {
        server.close();
        httpLog.removeHandler(capture);
    }

    private HttpResponse<String> request(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersOnlyGetAndHead() throws Exception {
        for (String method : List.of("POST", "DELETE", "OPTIONS", "PUT", "PATCH")) {
            for (String path : List.of("/", "/__layerwise/live-reload.js", "/__layerwise/events",
                    "/__layerwise/problems", "/__layerwise/problems.css")) {
                HttpResponse<String> response = request(method, path);
                assertEquals(405, response.statusCode(), method + " " + path);
                assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(""), method + " " + path);
                assertFalse(response.body().contains("home"), "no page for " + method);
            }
        }
        assertEquals("<p>home</p>", request("GET", "/").body());
    }

    @Test
    void headSendsTheHeadersOfGetWithoutABodyOrAWarning() throws Exception {
        HttpResponse<String> head = request("HEAD", "/");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals("text/html; charset=utf-8", head.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, request("HEAD", "/nothing/").statusCode());
        assertEquals(301, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/a%20b"))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, request("HEAD", "/__layerwise/events").statusCode());
        assertEquals(200, request("HEAD", "/__layerwise/live-reload.js").statusCode());
        assertEquals(List.of(), warnings.stream().map(LogRecord::getMessage).toList());
    }

    @Test
    void decodesPathsAsUrlsDoPercentEscapesOnly() throws Exception {
        assertEquals("<p>space</p>", request("GET", "/a%20b/").body());
        assertEquals("<p>plus</p>", request("GET", "/c+d/").body(), "'+' is a plus sign in a path");
        assertEquals("<p>plus</p>", request("GET", "/c%2Bd/").body());
        assertEquals(404, request("GET", "/a+b/").statusCode(), "'+' is not a space");
    }

    @Test
    void refusesEveryWayOutOfTheSiteFolder() throws Exception {
        for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2E%2E%2Fsecret.txt",
                "/a%20b/../../secret.txt", "//../secret.txt")) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertFalse(response.contains("secret"), path + " reached outside: " + response);
            assertTrue(response.startsWith("HTTP/1.1 4"), path + ": " + response.lines().findFirst().orElse(""));
        }
        String nul = raw("GET /index.html%00.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertTrue(nul.startsWith("HTTP/1.1 4"), nul);
    }

    @Test
    void servesTheLastBuildsProblemsAsJsonUntilTheNextGoodBuild() throws Exception {
        assertEquals(List.of(), problems());
        server.showProblems(List.of(Problem.at(Path.of("content/articles/x.md"), 3, "unknown key '<b>x</b>'"),
                new Problem(Path.of("content/glossary.yaml"), 8, 3, "missing required key 'id'")),
                file -> file.toString().endsWith(".md") ? Optional.of("articles/x/") : Optional.empty());
        HttpResponse<String> response = request("GET", "/__layerwise/problems");
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(List.of(
                Map.of("location", "content/articles/x.md:3", "message", "unknown key '<b>x</b>'", "page", "articles/x/"),
                Map.of("location", "content/glossary.yaml:8:3", "message", "missing required key 'id'")), problems());
        server.reload();
        assertEquals(List.of(), problems());
        assertEquals(404, request("GET", "/__layerwise/problems/more").statusCode());
    }

    @Test
    void servesThePreviewsScriptAndStylesheet() throws Exception {
        HttpResponse<String> script = request("GET", "/__layerwise/live-reload.js");
        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElse(""));
        assertTrue(script.body().contains("__layerwise/problems"));
        assertFalse(script.body().contains("innerHTML"), "problems go in as text");
        HttpResponse<String> style = request("GET", "/__layerwise/problems.css");
        assertEquals("text/css; charset=utf-8", style.headers().firstValue("Content-Type").orElse(""));
        assertTrue(style.body().contains("prefers-color-scheme: dark"));
    }

    @Test
    void withNoSiteYetEveryAddressLoadsThePreviewScript() throws Exception {
        try (PreviewServer empty = new PreviewServer(Files.createDirectories(folder.resolve("none")), 0)) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + empty.port() + "/articles/x/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, response.statusCode());
            assertEquals(List.of("/__layerwise/live-reload.js"),
                    Jsoup.parse(response.body()).select("script[src]").eachAttr("src"));
        }
    }

    private List<Map<String, String>> problems() throws Exception {
        HttpResponse<String> response = request("GET", "/__layerwise/problems");
        assertEquals(200, response.statusCode());
        List<Map<String, String>> found = new ArrayList<>();
        JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("problems").forEach(item -> {
            Map<String, String> fields = new HashMap<>();
            item.getAsJsonObject().entrySet().forEach(field -> fields.put(field.getKey(), field.getValue().getAsString()));
            found.add(fields);
        });
        return found;
    }

    /** A request sent as written, so that no client tidies its path first. */
    private String raw(String request) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
