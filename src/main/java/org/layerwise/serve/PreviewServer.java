package org.layerwise.serve;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.layerwise.model.Problem;

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
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Serves a built site on 127.0.0.1, plus the preview's live-reload script and its server-sent
 * event stream, which tells open pages to reload after each good rebuild, and, while the last
 * rebuild failed, to show its problems (read from {@code /__layerwise/problems}) over the page.
 */
public final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "svg", "image/svg+xml",
            "xml", "application/xml", "png", "image/png", "jpg", "image/jpeg", "txt", "text/plain; charset=utf-8",
            "ico", "image/x-icon");

    /** The only methods a static site answers; anything else gets 405 with this Allow header. */
    private static final String ALLOWED = "GET, HEAD";

    /**
     * The answer while there is no site at all (the first build failed): a page with the preview
     * script, which shows the problems and reloads after the next good build.
     */
    private static final String NO_SITE_YET = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Not found — Layerwise preview</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <script src="/__layerwise/live-reload.js" defer></script></head>
            <body><main><h1>Not found</h1><p>There is no page here (yet).</p></main></body></html>
            """;

    private final HttpServer server;
    private final Path site;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    /** The last rebuild's problems as the preview script reads them; none after a good build. */
    private volatile byte[] problems = problemsJson(List.of(), file -> Optional.empty());

    public PreviewServer(Path site, int port) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "preview-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/__layerwise/events", readOnly(this::events));
        server.createContext("/__layerwise/live-reload.js", readOnly(exchange -> resource(exchange, "live-reload.js")));
        server.createContext("/__layerwise/problems.css", readOnly(exchange -> resource(exchange, "problems.css")));
        server.createContext("/__layerwise/problems", readOnly(this::problems));
        server.createContext("/", readOnly(this::file));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** After a good build: forgets the last problems and tells every open page to reload. */
    public void reload() {
        problems = problemsJson(List.of(), file -> Optional.empty());
        send("reload");
    }

    /**
     * After a failed build: keeps {@code found} for {@code /__layerwise/problems} and tells every
     * open page to show them.
     *
     * @param pageOf the site path of the page a file produces (e.g. {@code articles/x/}), if any
     */
    public void showProblems(List<Problem> found, Function<Path, Optional<String>> pageOf) {
        problems = problemsJson(found, pageOf);
        send("problems");
    }

    /**
     * The problems as JSON: {@code {"problems": [{"location": "file:line", "message": "…", "page": "articles/x/"}]}},
     * {@code page} only where the file has one. Text, not HTML: the script shows it as text.
     */
    static byte[] problemsJson(List<Problem> found, Function<Path, Optional<String>> pageOf) {
        JsonArray list = new JsonArray();
        for (Problem problem : found) {
            JsonObject item = new JsonObject();
            item.addProperty("location", problem.location());
            item.addProperty("message", problem.message());
            pageOf.apply(problem.file()).ifPresent(page -> item.addProperty("page", page));
            list.add(item);
        }
        JsonObject all = new JsonObject();
        all.add("problems", list);
        return new Gson().toJson(all).getBytes(StandardCharsets.UTF_8);
    }

    private void send(String event) {
        for (OutputStream listener : listeners) {
            try {
                synchronized (listener) {
                    listener.write(("event: " + event + "\ndata: now\n\n").getBytes(StandardCharsets.UTF_8));
                    listener.flush();
                }
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
        // listening before it says so: a page (or test) that has read ": connected" gets every later event
        synchronized (body) {
            listeners.add(body);
            body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            body.flush();
        }
    }

    /** The preview's own script or stylesheet, kept beside this class. */
    private static void resource(HttpExchange exchange, String name) throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            send(exchange, 200, typeOf(Path.of(name)), in.readAllBytes());
        }
    }

    private void problems(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals("/__layerwise/problems")) {
            send(exchange, 404, TYPES.get("txt"), "Not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(exchange, 200, "application/json; charset=utf-8", problems);
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
                    : NO_SITE_YET.getBytes(StandardCharsets.UTF_8));
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
