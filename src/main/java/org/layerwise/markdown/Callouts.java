package org.layerwise.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's alerts as callouts: a block quote whose first line is only {@code [!NOTE]},
 * {@code [!TIP]}, {@code [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]}, in any letter
 * case, becomes
 * <pre>{@code
 * <aside class="lw-callout lw-callout--note" role="note">
 * <p class="lw-callout__title">Note</p>
 * <p>The rest of the quote.</p>
 * </aside>
 * }</pre>
 * The role makes the aside a note rather than a complementary landmark, which would need a
 * unique name and belongs at the top level of a page; the visible title is what a screen
 * reader reads first. A quote with any other marker stays a quote: see {@link #marker}.
 */
final class Callouts extends CustomNodeRenderer<Callout> implements Parser.ParserExtension {

    private static final Pattern MARKER = Pattern.compile("\\s*\\[!([A-Za-z]+)]\\s*");

    Callouts() {
        super(Callout.class);
    }

    /** The word of the {@code [!WORD]} line a block quote starts with, known kind or not. */
    static Optional<String> marker(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph first)) {
            return Optional.empty();
        }
        Matcher matcher = MARKER.matcher(first.getLineChars(0));
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new NodePostProcessorFactory(false) {
            {
                addNodes(BlockQuote.class);
            }

            @Override
            public NodePostProcessor apply(Document document) {
                return new NodePostProcessor() {
                    @Override
                    public void process(NodeTracker state, Node node) {
                        BlockQuote quote = (BlockQuote) node;
                        marker(quote).flatMap(Callout.Kind::named).ifPresent(kind -> convert(quote, kind, state));
                    }
                };
            }
        });
    }

    private static void convert(BlockQuote quote, Callout.Kind kind, NodeTracker state) {
        Paragraph first = (Paragraph) quote.getFirstChild();
        Node child = first.getFirstChild();
        boolean markerLine = true;
        while (child != null && markerLine) {
            Node next = child.getNext();
            markerLine = !(child instanceof SoftLineBreak || child instanceof HardLineBreak);
            child.unlink();
            state.nodeRemovedWithDescendants(child);
            child = next;
        }
        if (!first.hasChildren()) {
            first.unlink();
            state.nodeRemoved(first);
        }
        Callout callout = new Callout(quote.getChars(), kind);
        quote.insertBefore(callout);
        // one by one: Node.takeChildren leaves the children between the first and the last
        // with the quote as their parent
        while (quote.getFirstChild() != null) {
            callout.appendChild(quote.getFirstChild());
        }
        quote.unlink();
        state.nodeRemoved(quote);
        state.nodeAdded(callout);
    }

    @Override
    protected void render(Callout callout, NodeRendererContext context, HtmlWriter html) {
        Callout.Kind kind = callout.kind();
        html.attr("class", "lw-callout lw-callout--" + kind.cssName()).attr("role", "note")
                .withAttr().tagLineIndent("aside", () -> {
                    html.attr("class", "lw-callout__title").withAttr().tag("p").text(kind.title()).tag("/p").line();
                    context.renderChildren(callout);
                });
    }
}
