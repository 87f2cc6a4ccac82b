package org.layerwise.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Serves a built site on 127.0.0.1, plus the preview's live-reload script and its server-sent
 * event stream, which tells open pages to reload after each rebuild.
 */
public final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "svg", "image/svg+xml",
            "xml", "application/xml", "png", "image/png", "jpg", "image/jpeg", "txt", "text/plain; charset=utf-8",
            "ico", "image/x-icon");

    /** The only methods a static site answers; anything else gets 405 with this Allow header. */
    private static final String ALLOWED = "GET, HEAD";

    private final HttpServer server;
    private final Path site;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    public PreviewServer(Path site, int port) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "preview-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/__layerwise/events", readOnly(this::events));
        server.createContext("/__layerwise/live-reload.js", readOnly(this::script));
        server.createContext("/", readOnly(this::file));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Tells every open page to reload. */
    public void reload() {
        for (OutputStream listener : listeners) {
            try {
                listener.write("event: reload\ndata: now\n\n".getBytes(StandardCharsets.UTF_8));
                listener.flush();
            } catch (IOException gone) {
                listeners.remove(listener);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Answers GET and HEAD with {@code handler}, and every other method with 405 Method Not Allowed. */
    private static HttpHandler readOnly(HttpHandler handler) {
        return exchange -> {
            String method = exchange.getRequestMethod();
            if (method.equals("GET") || method.equals("HEAD")) {
                handler.handle(exchange);
            } else {
                exchange.getResponseHeaders().set("Allow", ALLOWED);
                send(exchange, 405, TYPES.get("txt"), "Method not allowed: the preview serves GET and HEAD only\n"
                        .getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private void events(HttpExchange exchange) throws IOException {
        if (exchange.getRequestMethod().equals("HEAD")) {
            send(exchange, 200, "text/event-stream", new byte[0]);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
        listeners.add(body);
    }

    private void script(HttpExchange exchange) throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream("live-reload.js")) {
            send(exchange, 200, TYPES.get("js"), in.readAllBytes());
        }
    }

    private void file(HttpExchange exchange) throws IOException {
        // percent-decoding only, as for any URL path: '+' is a plus sign, not a space
        String path = exchange.getRequestURI().getPath();
        Path file;
        try {
            file = path == null || !path.startsWith("/") ? null : site.resolve(path.substring(1)).normalize();
        } catch (InvalidPathException e) {
            file = null;   // a NUL byte, say
        }
        if (file == null) {
            send(exchange, 400, TYPES.get("txt"), "Bad request".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!file.startsWith(site)) {
            send(exchange, 403, TYPES.get("txt"), "Forbidden".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/");
                send(exchange, 301, TYPES.get("txt"), new byte[0]);
                return;
            }
            file = file.resolve("index.html");
        }
        if (Files.isRegularFile(file)) {
            send(exchange, 200, typeOf(file), Files.readAllBytes(file));
        } else {
            Path notFound = site.resolve("404.html");
            send(exchange, 404, TYPES.get("html"), Files.isRegularFile(notFound) ? Files.readAllBytes(notFound)
                    : "Not found".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String typeOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot + 1), "application/octet-stream");
    }

    /**
     * Sends a response; to HEAD, the headers only (with the length GET would send), as the HTTP
     * server wants: a length given to sendResponseHeaders for HEAD logs a warning.
     */
    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
