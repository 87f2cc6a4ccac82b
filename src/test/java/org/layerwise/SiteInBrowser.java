package org.layerwise;

import org.layerwise.serve.PreviewServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A fixture site built and served on 127.0.0.1, optionally under a sub-path as a GitHub project
 * site is, with a headless Chromium to visit it: the set-up every browser test shares.
 */
final class SiteInBrowser implements AutoCloseable {

    private final Path output;
    private final PreviewServer server;
    private final Browser browser;
    private final String base;

    private SiteInBrowser(Path output, PreviewServer server, Browser browser, String base) {
        this.output = output;
        this.server = server;
        this.browser = browser;
        this.base = base;
    }

    /**
     * Builds {@code site} and serves it at {@code subPath} ("" for the root, or e.g. "layerwise/").
     */
    static SiteInBrowser serve(FixtureSite site, String subPath) {
        Path served = site.root().resolve("served");
        Path output = served.resolve(subPath);
        site.build("--output", output.toString());
        PreviewServer server;
        try {
            server = new PreviewServer(served, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new SiteInBrowser(output, server, Browser.start(),
                    "http://127.0.0.1:" + server.port() + "/" + subPath);
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    Browser browser() {
        return browser;
    }

    /** The address of a site path, e.g. {@code url("types/serum/")}. */
    String url(String path) {
        return base + path;
    }

    /** The folder the site was built into. */
    Path output() {
        return output;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }
}
