package org.layerwise;

import org.layerwise.cli.LayerwiseCommand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code layerwise serve} run as its own process on a free port, as an editor runs it, with every
 * line it prints (out and err) kept for tests to wait on.
 */
final class ServeProcess implements AutoCloseable {

    private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final int port;

    private ServeProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "serve-output");
        reader.setDaemon(true);
        reader.start();
        String started = awaitLine(line -> ADDRESS.matcher(line).find(), Duration.ofSeconds(60));
        Matcher matcher = ADDRESS.matcher(started);
        matcher.find();
        this.port = Integer.parseInt(matcher.group(1));
    }

    /** Starts serve on {@code site} and waits until it says where it serves. */
    static ServeProcess start(FixtureSite site) {
        try {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), LayerwiseCommand.class.getName(),
                    "serve", "--port", "0", "--project", site.root().toString())
                    .redirectErrorStream(true).start();
            try {
                return new ServeProcess(process);
            } catch (RuntimeException | Error e) {
                process.destroy();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    /** The address of a site path, e.g. {@code url("types/serum/")}. */
    String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    /**
     * Waits for the next printed line that {@code wanted} accepts, passing over the others; fails
     * after {@code patience}, listing what was printed meanwhile.
     */
    String awaitLine(Predicate<String> wanted, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        StringBuilder seen = new StringBuilder();
        try {
            for (long left = patience.toNanos(); left > 0; left = deadline - System.nanoTime()) {
                String line = lines.poll(left, TimeUnit.NANOSECONDS);
                if (line == null) {
                    break;
                }
                if (wanted.test(line)) {
                    return line;
                }
                seen.append(line).append('\n');
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("serve did not print the line awaited within " + patience + "; it printed:\n" + seen);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (IOException closed) {
            // the process ended
        }
    }
}
