package org.layerwise.load;

import org.jbake.app.Parser;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;

import java.io.File;
import java.nio.file.Path;

/**
 * JBake as the loading engine: its configuration ({@code jbake.properties} over its defaults) and
 * its parser, with {@link FrontMatterMarkdownEngine} registered for {@code .md}.
 */
public final class JBakeParsing {

    private final JBakeConfiguration config;
    private final Parser parser;

    /**
     * @param project the project folder, holding jbake.properties
     * @param output  the folder the site is written to
     */
    public JBakeParsing(Path project, Path output) {
        this.config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), output.toFile(), false);
        config.setProperty(FrontMatterMarkdownEngine.PROJECT, project.toAbsolutePath().normalize().toString());
        // JBake keeps its engines in one registry per class loader; ours replaces its pegdown one once.
        if (!(Engines.get("md") instanceof FrontMatterMarkdownEngine)) {
            Engines.register("md", new FrontMatterMarkdownEngine());
        }
        this.parser = new Parser(config);
    }

    public JBakeConfiguration config() {
        return config;
    }

    /** Sets the reader that turns Markdown files into records for the files parsed next. */
    public void use(MarkdownDocumentReader reader) {
        config.setProperty(FrontMatterMarkdownEngine.READER, reader);
    }

    /**
     * Parses one Markdown file with the reader set by {@link #use}; throws {@link ContentProblems}
     * on mistakes. Safe to call from several threads at once.
     */
    public Object parse(File file) {
        DocumentModel model = parser.processFile(file);
        return model.get(FrontMatterMarkdownEngine.RECORD);
    }
}
