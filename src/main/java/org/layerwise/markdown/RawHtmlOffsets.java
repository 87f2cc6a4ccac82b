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

import java.util.List;
import java.util.Set;

/**
 * Notes where each piece of raw HTML lands in the rendered HTML, so that a problem the
 * {@link HtmlPolicy} finds in the rendered body can be reported at the Markdown line it came
 * from. The HTML itself is flexmark's, unchanged.
 */
final class RawHtmlOffsets implements HtmlRenderer.HtmlRendererExtension {

    /**
     * Where the pieces go, set on each document before it is rendered; the offsets are those of
     * the rendered HTML and the lines those of the Markdown text (0-based: add the first line).
     */
    static final DataKey<List<RawHtml>> PIECES = new DataKey<>("LAYERWISE_RAW_HTML", List.of());

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
            int start = html.offsetWithPending();
            context.delegateRender();
            PIECES.get(context.getDocument()).add(new RawHtml(node.getChars().toString(), node.getStartLineNumber(),
                    start, html.offsetWithPending()));
        }
    }
}
