package org.layerwise.cli;

import org.layerwise.load.BaseUrl;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Optional;

/** Checks of command-line values that picocli's types do not make, done before any work starts. */
final class Options {

    private Options() {
    }

    /** Why {@code --base-url} is wrong, if given and wrong. */
    static Optional<String> baseUrlProblem(String baseUrl) {
        return baseUrl == null ? Optional.empty() : BaseUrl.problemWith(baseUrl.strip()).map(p -> "--base-url " + p);
    }

    /** Why {@code --port} is wrong, if it is. */
    static Optional<String> portProblem(int port) {
        return port >= 0 && port <= 65_535 ? Optional.empty()
                : Optional.of("--port " + port + " is not a port number; use one from 1 to 65535 (0: any free port)");
    }

    /** Prints one sentence about a wrong command line, and returns its exit code. */
    static int usage(CommandSpec spec, String sentence) {
        spec.commandLine().getErr().println("layerwise " + spec.name() + ": " + sentence);
        spec.commandLine().getErr().flush();
        return LayerwiseCommand.USAGE;
    }
}
