package org.layerwise.jbake;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A project folder as JBake lays it out and configures it: {@code jbake.properties} over JBake's
 * defaults, and the content, template and asset folders those settings name. The rest of the
 * build sees plain paths, strings and charsets, never a JBake type.
 */
public final class JBakeProject {

    private final JBakeConfiguration config;

    private JBakeProject(JBakeConfiguration config) {
        this.config = config;
    }

    /**
     * Reads the settings of the project in {@code folder}.
     *
     * @param output the folder the site is written to (JBake's destination)
     */
    public static JBakeProject open(Path folder, Path output) {
        return new JBakeProject(new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(folder.toFile(), output.toFile(), false));
    }

    /** The project folder, holding jbake.properties. */
    public Path folder() {
        return config.getSourceFolder().toPath();
    }

    public Path contentFolder() {
        return config.getContentFolder().toPath();
    }

    public Path assetFolder() {
        return config.getAssetFolder().toPath();
    }

    public Path templateFolder() {
        return config.getTemplateFolder().toPath();
    }

    /** The encoding content files are read in ({@code render.encoding}). */
    public Charset contentEncoding() {
        return Charset.forName(config.getRenderEncoding());
    }

    /** The encoding templates are read in ({@code template.encoding}). */
    public String templateEncoding() {
        return config.getTemplateEncoding();
    }

    /** The encoding pages are written in ({@code render.outputencoding}). */
    public String outputEncoding() {
        return config.getOutputEncoding();
    }

    /** The template file of a page kind: {@code template.<kind>.file}. */
    public Optional<String> templateFor(String kind) {
        return Optional.ofNullable(config.get("template." + kind + ".file")).map(String::valueOf);
    }

    /**
     * A setting's value, in the parts JBake splits it into at its commas ({@code site.id=a,b} is
     * {@code [a, b]}); empty when the key is not set.
     */
    public Optional<List<String>> parts(String key) {
        Object value = config.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof List<?> parts) {
            return Optional.of(parts.stream().map(String::valueOf).toList());
        }
        return Optional.of(List.of(String.valueOf(value)));
    }
}
