package org.layerwise.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Notes where each piece of raw HTML lands in the rendered HTML, so that a problem the
 * {@link HtmlPolicy} finds in the rendered body can be reported at the Markdown line it came
 * from. The HTML itself is flexmark's, unchanged.
 */
final class RawHtmlOffsets implements HtmlRenderer.HtmlRendererExtension {

    /**
     * Where the pieces go, in document order, set on each document before it is rendered; the
     * lines are those of the Markdown text (0-based: add the first line), the offsets are set by
     * {@link #located}.
     */
    static final DataKey<List<RawHtml>> PIECES = new DataKey<>("LAYERWISE_RAW_HTML", List.of(), holder -> new ArrayList<>());

    /**
     * The pieces recorded while rendering, each with where it is in {@code html}: flexmark writes
     * raw HTML as it was written, in document order, so each is the next occurrence of its text
     * after the one before (a piece flexmark changed, such as by its line ends, gets the place
     * after the one before). One pass over the HTML: asking the writer for its offset while
     * rendering costs time in proportion to what it has written.
     */
    static List<RawHtml> located(String html, List<RawHtml> recorded) {
        List<RawHtml> located = new ArrayList<>(recorded.size());
        int from = 0;
        for (RawHtml piece : recorded) {
            String text = piece.text().strip();
            int start = text.isEmpty() ? -1 : html.indexOf(text, from);
            if (start < 0) {
                located.add(new RawHtml(piece.text(), piece.line(), from, from));
            } else {
                from = start + text.length();
                located.add(new RawHtml(piece.text(), piece.line(), start, from));
            }
        }
        return located;
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Recorder());
    }

    private static final class Recorder implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(HtmlBlock.class, Recorder::record),
                    new NodeRenderingHandler<>(HtmlCommentBlock.class, Recorder::record),
                    new NodeRenderingHandler<>(HtmlInline.class, Recorder::record),
                    new NodeRenderingHandler<>(HtmlInlineComment.class, Recorder::record));
        }

        private static void record(Node node, NodeRendererContext context, HtmlWriter html) {
            context.delegateRender();
            PIECES.get(context.getDocument()).add(new RawHtml(node.getChars().toString(), node.getStartLineNumber(), -1, -1));
        }
    }
}
