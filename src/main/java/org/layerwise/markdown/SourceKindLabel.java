package org.layerwise.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.layerwise.model.Source;

/**
 * The kind of a footnote's source, shown as a label before it ("Review"): a node of the site's
 * own, put in by {@link CitedSources}, so that it is not mistaken for raw HTML an editor wrote.
 */
final class SourceKindLabel extends Node {

    /** The class the label carries, which {@link HtmlPolicy} allows on a {@code span}. */
    static final String CLASS = "lw-source-kind";

    private final Source.Kind kind;

    SourceKindLabel(Source.Kind kind) {
        this.kind = kind;
    }

    Source.Kind kind() {
        return kind;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    /** Writes {@code <span class="lw-source-kind">Review</span> }. */
    static final class Renderer extends CustomNodeRenderer<SourceKindLabel> {

        Renderer() {
            super(SourceKindLabel.class);
        }

        @Override
        protected void render(SourceKindLabel node, com.vladsch.flexmark.html.renderer.NodeRendererContext context,
                              com.vladsch.flexmark.html.HtmlWriter html) {
            html.attr("class", CLASS).withAttr().tag("span").text(node.kind().label()).closeTag("span").text(" ");
        }
    }
}
