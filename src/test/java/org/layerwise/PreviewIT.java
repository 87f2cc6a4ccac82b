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
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
        assertNotNull(events.poll(20, TimeUnit.SECONDS), "a reload event after the edit");
        assertTrue(get(port, "/articles/first-steps/").contains("Now put the"));
    }

    @Test
    void keepsTheLastGoodSiteWhenAnEditBreaksIt() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder);
        int port = start(site);
        BlockingQueue<String> events = listen(port);
        site.write("content/articles/first-steps.md", "---\ntitle: Broken\n---\n");
        assertNull(events.poll(3, TimeUnit.SECONDS), "no reload for a failed build");
        assertTrue(get(port, "/articles/first-steps/").contains("First steps"));
    }

    @Test
    void seesEditsAfterTheContentFolderIsDeletedAndRestored() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder.resolve("project"));
        int port = start(site);
        BlockingQueue<String> events = listen(port);
        Path content = site.root().resolve("content");
        Path aside = Files.move(content, folder.resolve("aside"));
        assertNull(events.poll(2, TimeUnit.SECONDS), "no reload while content/ is gone (the build fails)");
        Files.move(aside, content);
        assertNotNull(events.poll(20, TimeUnit.SECONDS), "a reload after content/ is back");
        site.write("content/articles/first-steps.md", site.read("content/articles/first-steps.md")
                .replace("Put the", "Then put the"));
        assertNotNull(events.poll(20, TimeUnit.SECONDS), "a reload after an edit in the restored folder");
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

    private BlockingQueue<String> listen(int port) throws Exception {
        BlockingQueue<String> reloads = new LinkedBlockingQueue<>();
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/__layerwise/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.equals("event: reload")) {
                        reloads.add(line);
                    }
                }
            } catch (Exception closed) {
                // the server went away at the end of the test
            }
        });
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(200);
        return reloads;
    }

    private String get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
