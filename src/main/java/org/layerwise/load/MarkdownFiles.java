package org.layerwise.load;

import org.layerwise.model.Problem;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads Markdown files with YAML front matter into records: a file in a {@code pages/} folder
 * becomes a {@link org.layerwise.model.Page}, any other an {@link org.layerwise.model.Article}.
 * Keeps no per-file state, so several threads may read at once.
 *
 * @param project the project folder, against which paths in messages are shown
 * @param charset the encoding of content files
 */
record MarkdownFiles(Path project, Charset charset, MarkdownDocumentReader reader) {

    /** The file's record; throws {@link ContentProblems} with every mistake in it. */
    Object read(Path file) {
        Path shownAs = project.relativize(file.toAbsolutePath());
        List<String> lines = readLines(file, shownAs);
        return isUnder(shownAs, "pages") ? reader.page(shownAs, lines) : reader.article(shownAs, lines);
    }

    private static boolean isUnder(Path shownAs, String folder) {
        Path parent = shownAs.getParent();
        return parent != null && parent.getFileName().toString().equals(folder);
    }

    private List<String> readLines(Path file, Path shownAs) {
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
