package org.layerwise.markdown;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.layerwise.model.Source;
import org.layerwise.validate.SourcePolicy;
import org.layerwise.validate.Suggestion;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Sources cited in Markdown. Footnote definitions are where articles cite, but on a site whose
 * every outside link backs a claim, any external link is checked like the sources of data files:
 * no home pages, no refused hosts. A footnote definition may open with its source's kind in
 * parentheses, {@code [^1]: (review) Title …}, which is checked against the kinds and shown to
 * readers as a label.
 */
final class CitedSources {

    private static final List<String> KINDS = Arrays.stream(Source.Kind.values()).map(Source.Kind::word).toList();

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
     * Reads the kind a definition opens with and puts a label in place of the marker; reports a
     * marker that names no kind. Call after the walk over the document, as it adds a node.
     */
    void labelKind(FootnoteBlock footnote, int line) {
        if (!(footnote.getFirstChild() instanceof Paragraph paragraph) || !(paragraph.getFirstChild() instanceof Text text)) {
            return;
        }
        String written = text.getChars().toString();
        int close = written.indexOf(')');
        if (!written.startsWith("(") || close < 2) {
            return;
        }
        String word = written.substring(1, close);
        if (!word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return;
        }
        Optional<Source.Kind> kind = Arrays.stream(Source.Kind.values()).filter(k -> k.word().equals(word)).findFirst();
        if (kind.isEmpty()) {
            problems.accept("source kind '(" + word + ")' is not one of: " + String.join(", ", KINDS)
                    + Suggestion.didYouMean(word, KINDS), line);
            return;
        }
        String rest = written.substring(close + 1).stripLeading();
        HtmlInline label = new HtmlInline(BasedSequence.of(
                "<span class=\"lw-source-kind\">" + kind.get().label() + "</span> "));
        text.insertBefore(label);
        if (rest.isEmpty()) {
            text.unlink();
        } else {
            text.setChars(text.getChars().subSequence(written.length() - rest.length()));
        }
    }
}
