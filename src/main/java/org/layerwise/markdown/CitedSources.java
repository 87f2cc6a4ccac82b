package org.layerwise.markdown;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import org.layerwise.model.Source;
import org.layerwise.model.SourcePolicy;
import org.layerwise.model.Suggestion;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Sources cited in Markdown. Footnote definitions are where articles cite, but on a site whose
 * every outside link backs a claim, any external link is checked like the sources of data files:
 * no home pages, no refused hosts. A footnote definition opens with its source's kind,
 * {@code [^1]: Review: [Title](https://…)}, which is checked against the kinds and shown to readers
 * as a label.
 */
final class CitedSources {

    private static final List<String> LABELS = Arrays.stream(Source.Kind.values()).map(Source.Kind::label).toList();

    private final SourcePolicy policy;
    private final BiConsumer<String, Integer> problems;

    /** @param problems takes a message and the line it is on */
    CitedSources(SourcePolicy policy, BiConsumer<String, Integer> problems) {
        this.policy = policy;
        this.problems = problems;
    }

    /** Checks the address of a link; only absolute http(s) addresses are sources. */
    void checkLink(String url, int line) {
        policy.problemWith(url).ifPresent(message -> problems.accept(message, line));
    }

    /**
     * Reads the kind a definition opens with, {@code [^1]: Review: [Title](https://…)}, and puts a
     * label in place of the words; reports words before the link that look like a misspelt kind. Call after the
     * walk over the document, as it adds a node.
     */
    void labelKind(FootnoteBlock footnote, int line) {
        if (!(footnote.getFirstChild() instanceof Paragraph paragraph) || !(paragraph.getFirstChild() instanceof Text text)
                || !(text.getNext() instanceof Link)) {
            return;
        }
        String written = text.getChars().toString();
        String opening = written.strip();
        if (!opening.endsWith(":")) {
            return;
        }
        String words = opening.substring(0, opening.length() - 1).strip();
        Optional<Source.Kind> kind = Source.Kind.named(words);
        if (kind.isEmpty()) {
            // words that are not a misspelt kind ("Soko Glam:") are the note's own text
            Suggestion.closest(words.toLowerCase(Locale.ROOT), LABELS.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList())
                    .flatMap(Source.Kind::named)
                    .ifPresent(near -> problems.accept("source kind '" + words + "' is not one of: "
                            + String.join(", ", LABELS) + " (did you mean '" + near.label() + "'?)", line));
            return;
        }
        text.insertBefore(new SourceKindLabel(kind.get()));
        text.unlink();
    }
}
