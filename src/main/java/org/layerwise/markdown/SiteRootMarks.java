package org.layerwise.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.layerwise.model.SitePaths;

import java.util.Set;

/**
 * Writes {@link SitePaths#ROOT_MARK} before the address of each link and image that points at a
 * site path (the Markdown pass gave it the path from the root, such as {@code types/serum/}), so
 * that the body says "from the root" and the page that shows it says from where: the mark goes in
 * after flexmark has percent-encoded the address, which would encode it otherwise.
 */
final class SiteRootMarks implements HtmlRenderer.HtmlRendererExtension {

    /**
     * The links, images and link reference definitions of one document whose destination is a
     * site path, by identity; set on the document before it is rendered.
     */
    static final DataKey<Set<Node>> SITE_NODES = new DataKey<>("LAYERWISE_SITE_NODES", Set.of());

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                Set<Node> sited = SITE_NODES.get(context.getDocument());
                return (Node node, AttributablePart part, MutableAttributes attributes) -> {
                    if (part != AttributablePart.LINK || sited.isEmpty()) {
                        return;
                    }
                    // [text][label] and ![alt][label] take their address from the definition
                    Node destination = node instanceof RefNode ref ? ref.getReferenceNode(node.getDocument()) : node;
                    if (destination != null && sited.contains(destination)) {
                        String attribute = node instanceof Image || node instanceof ImageRef
                                ? "src" : "href";
                        String value = attributes.getValue(attribute);
                        if (value != null) {
                            attributes.replaceValue(attribute, SitePaths.ROOT_MARK + value);
                        }
                    }
                };
            }
        });
    }
}
