package org.layerwise.load;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkdownEngine;
import org.layerwise.model.Article;
import org.layerwise.model.Page;
import org.layerwise.model.Problem;

import java.io.File;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

/**
 * JBake's Markdown engine, taught YAML front matter. JBake 2.7.0 reads only its own
 * {@code key=value} / {@code ~~~~~~} header and skips a file with a bad header after a warning; this
 * engine reads {@code ---} front matter instead and throws {@link ContentProblems} for any mistake,
 * so the build fails with file and line.
 *
 * <p>Registered for {@code .md} by {@link JBakeParsing}. Like all JBake engines it is a singleton
 * holding no per-build state: the {@link MarkdownDocumentReader} of the current build travels in
 * the JBake configuration under {@link #READER}.
 */
public final class FrontMatterMarkdownEngine extends MarkdownEngine {

    /** Configuration key of the build's {@link MarkdownDocumentReader}. */
    public static final String READER = "layerwise.markdown.reader";
    /** Configuration key of the project folder, against which paths in messages are shown. */
    public static final String PROJECT = "layerwise.project";
    /** Document model key of the parsed {@link Article} or {@link Page} record. */
    public static final String RECORD = "layerwise.record";

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        MarkdownDocumentReader reader = (MarkdownDocumentReader) config.get(READER);
        Path project = Path.of((String) config.get(PROJECT));
        Path shownAs = project.relativize(file.toPath().toAbsolutePath());
        List<String> lines = readLines(file.toPath(), shownAs, Charset.forName(config.getRenderEncoding()));
        DocumentModel model = DocumentModel.createDefaultDocumentModel();
        if (isUnder(shownAs, "pages")) {
            Page page = reader.page(shownAs, lines);
            model.setType("page");
            model.setTitle(page.title());
            model.setStatus("published");
            model.setBody(page.body().html());
            model.put(RECORD, page);
        } else {
            Article article = reader.article(shownAs, lines);
            model.setType("article");
            model.setTitle(article.title());
            model.setDate(Date.from(article.date().atStartOfDay().toInstant(ZoneOffset.UTC)));
            model.setStatus(article.status().name().toLowerCase());
            model.setTags(article.tags().toArray(String[]::new));
            model.setBody(article.body().html());
            model.put(RECORD, article);
        }
        return model;
    }

    private static boolean isUnder(Path shownAs, String folder) {
        Path parent = shownAs.getParent();
        return parent != null && parent.getFileName().toString().equals(folder);
    }

    private static List<String> readLines(Path file, Path shownAs, Charset charset) {
        try {
            List<String> lines = Files.readAllLines(file, charset);
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
                lines.set(0, lines.get(0).substring(1));
            }
            return lines;
        } catch (CharacterCodingException e) {
            throw new ContentProblems(List.of(Problem.at(shownAs, 0,
                    "the file is not valid " + charset + " text: save it as UTF-8")));
        } catch (IOException e) {
            throw new ContentProblems(List.of(Problem.at(shownAs, 0, "cannot read the file: " + e.getMessage())));
        }
    }
}
