package org.layerwise;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs {@code serve} as its own process, as an editor would, and edits files under it. */
class PreviewIT {

    @TempDir
    Path folder;

    private ServeProcess serve;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() throws Exception {
        if (serve != null) {
            serve.close();
        }
    }

    @Test
    void reloadsTheBrowserAfterAnEditAndShowsDrafts() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder);
        int port = start(site);
        String article = get(port, "/articles/first-steps/");
        assertTrue(article.contains("__layerwise/live-reload.js"), "preview pages load the reload script");
        assertTrue(get(port, "/articles/unfinished/").contains("Draft"), "drafts are shown in preview");

        BlockingQueue<String> events = listen(port);
        site.write("content/articles/first-steps.md", site.read("content/articles/first-steps.md")
                .replace("Put the", "Now put the"));
        assertEquals("reload", nextReload(events), "a reload event after the edit");
        assertTrue(get(port, "/articles/first-steps/").contains("Now put the"));
    }

    @Test
    void keepsTheLastGoodSiteWhenAnEditBreaksIt() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder);
        int port = start(site);
        BlockingQueue<String> events = listen(port);
        site.write("content/articles/first-steps.md", "---\ntitle: Broken\n---\n");
        serve.awaitLine(line -> line.equals("content/articles/first-steps.md changed: the site did not build:"),
                Duration.ofSeconds(30));
        // events come in the order they are sent: the failed build's is "problems", with no reload before it
        assertEquals("problems", events.poll(20, TimeUnit.SECONDS), "the failed build shows its problems");
        assertTrue(get(port, "/articles/first-steps/").contains("First steps"), "the last good page is still served");
    }

    @Test
    void seesEditsAfterTheContentFolderIsDeletedAndRestored() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder.resolve("project"));
        int port = start(site);
        BlockingQueue<String> events = listen(port);
        Path content = site.root().resolve("content");
        Path aside = Files.move(content, folder.resolve("aside"));
        assertEquals("problems", events.poll(20, TimeUnit.SECONDS), "the build fails while content/ is gone, no reload");
        Files.move(aside, content);
        assertEquals("reload", nextReload(events), "a reload after content/ is back");
        site.write("content/articles/first-steps.md", site.read("content/articles/first-steps.md")
                .replace("Put the", "Then put the"));
        assertEquals("reload", nextReload(events), "a reload after an edit in the restored folder");
        assertTrue(get(port, "/articles/first-steps/").contains("Then put the"));
    }

    @Test
    void logsTheFileWhoseChangeTriggeredEachRebuild() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder);
        start(site);
        site.write("content/articles/first-steps.md", site.read("content/articles/first-steps.md")
                .replace("Put the", "Now put the"));
        String line = serve.awaitLine(printed -> printed.contains(" changed: "), Duration.ofSeconds(30));
        assertTrue(line.matches("content/articles/first-steps\\.md changed: rebuilt \\d+ pages? in \\d+ ms \\(\\d+ pages in all\\)"),
                line);

        site.write("content/articles/first-steps.md", "---\ntitle: Broken\n---\n");
        assertEquals("content/articles/first-steps.md changed: the site did not build:",
                serve.awaitLine(printed -> printed.contains(" changed: "), Duration.ofSeconds(30)));
    }

    private int start(FixtureSite site) {
        serve = ServeProcess.start(site);
        return serve.port();
    }

    /**
     * Subscribes to the preview's events and returns their names ("reload", "problems") as they
     * arrive, once the server has confirmed the subscription (its ": connected" comment, sent after
     * it counts the page as listening).
     */
    private BlockingQueue<String> listen(int port) throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        CountDownLatch connected = new CountDownLatch(1);
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/__layerwise/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.equals(": connected")) {
                        connected.countDown();
                    } else if (line.startsWith("event: ")) {
                        events.add(line.substring("event: ".length()));
                    }
                }
            } catch (Exception closed) {
                // the server went away at the end of the test
            }
        });
        reader.setDaemon(true);
        reader.start();
        assertTrue(connected.await(20, TimeUnit.SECONDS), "the server confirms the subscription");
        return events;
    }

    /** The next reload event, passing over "problems" events of builds that failed on the way. */
    private static String nextReload(BlockingQueue<String> events) throws InterruptedException {
        for (String event = events.poll(20, TimeUnit.SECONDS); event != null; event = events.poll(20, TimeUnit.SECONDS)) {
            if (event.equals("reload")) {
                return event;
            }
        }
        return null;
    }

    private String get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
