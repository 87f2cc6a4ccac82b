package org.layerwise.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.layerwise.cache.BuildCaches;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * {@code layerwise}: builds, checks and previews the site.
 *
 * <p>Exit codes: 0 success; 1 the content has problems (each printed as {@code file:line: message});
 * 2 the command line is wrong; 3 the tool could not read or write files.
 */
@Command(name = "layerwise", mixinStandardHelpOptions = true, version = "layerwise 0.1",
        description = "Builds the Layerwise site from content/, templates/ and assets/.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class,
                RenderCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the content has problems (printed as file:line: message)",
                "2:wrong command line", "3:could not read or write files"})
public final class LayerwiseCommand {

    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;
    public static final int IO = 3;

    /** Where builds keep what they computed for the next run, in the project. */
    static final Path CACHES = Path.of("target", "layerwise-cache");

    @Option(names = "--project", description = "the project folder (default: the current folder)",
            scope = CommandLine.ScopeType.INHERIT)
    Path project = Path.of(".");

    @Option(names = "--no-cache", description = "build without reading or writing the caches in "
            + "target/layerwise-cache", scope = CommandLine.ScopeType.INHERIT)
    boolean noCache;

    @Option(names = {"-v", "--verbose"}, description = "print what the engine does",
            scope = CommandLine.ScopeType.INHERIT)
    void verbose(boolean on) {
        if (on) {
            ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
        }
    }

    /** What a build of {@code project} starts from: the project's caches, unless --no-cache. */
    BuildCaches caches(Path project) {
        return noCache ? BuildCaches.inMemory() : BuildCaches.in(project.resolve(CACHES));
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the tool as {@code main} would, returning the exit code. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new LayerwiseCommand());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("layerwise: " + IoMessages.describe(e));
            return IO;
        });
        return commandLine.execute(args);
    }
}
