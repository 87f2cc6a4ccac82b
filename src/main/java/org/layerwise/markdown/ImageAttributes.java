package org.layerwise.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;

import java.util.Map;

/**
 * The attributes every Markdown image gets: its width and height when its file gave them, so
 * that the page does not shift while images load, and lazy, asynchronous loading and decoding.
 */
final class ImageAttributes implements HtmlRenderer.HtmlRendererExtension {

    /** The sizes read for the images of one document, set on the document before it is rendered. */
    static final DataKey<Map<Image, ImageDimensions.Size>> SIZES = new DataKey<>("LAYERWISE_IMAGE_SIZES", Map.of());

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                Map<Image, ImageDimensions.Size> sizes = SIZES.get(context.getDocument());
                return (Node node, AttributablePart part, MutableAttributes attributes) -> {
                    if (node instanceof Image image) {
                        ImageDimensions.Size size = sizes.get(image);
                        if (size != null) {
                            attributes.replaceValue("width", Integer.toString(size.width()));
                            attributes.replaceValue("height", Integer.toString(size.height()));
                        }
                        attributes.replaceValue("loading", "lazy");
                        attributes.replaceValue("decoding", "async");
                    }
                };
            }
        });
    }
}
