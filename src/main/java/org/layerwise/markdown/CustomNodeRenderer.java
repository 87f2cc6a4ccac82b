package org.layerwise.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.util.Set;

/**
 * A flexmark renderer extension that takes over the HTML of one kind of node: the registration
 * flexmark asks for, written once for the site's own renderers.
 *
 * @param <N> the node kind rendered
 */
abstract class CustomNodeRenderer<N extends Node>
        implements HtmlRenderer.HtmlRendererExtension, NodeRenderer, NodeRendererFactory {

    private final Class<N> kind;

    CustomNodeRenderer(Class<N> kind) {
        this.kind = kind;
    }

    @Override
    public final void rendererOptions(MutableDataHolder options) {
        // no options of its own
    }

    @Override
    public final void extend(HtmlRenderer.Builder builder, String rendererType) {
        // flexmark keeps one factory per class, so the subclass itself is the factory (a shared lambda would clash)
        builder.nodeRendererFactory(this);
    }

    @Override
    public final NodeRenderer apply(DataHolder options) {
        return this;
    }

    @Override
    public final Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(kind, this::render));
    }

    /** Writes the HTML of {@code node}; {@code context.delegateRender()} falls back to flexmark's. */
    protected abstract void render(N node, NodeRendererContext context, HtmlWriter html);
}
