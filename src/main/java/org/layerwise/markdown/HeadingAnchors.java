package org.layerwise.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;


/**
 * A visible link to each h2–h6 at the end of the heading, as on GitHub:
 * <pre>{@code
 * <h2 id="why-layer" aria-labelledby="why-layer">Why layer<a class="lw-heading-anchor" href="#why-layer" aria-labelledby="why-layer"><span aria-hidden="true">#</span></a></h2>
 * }</pre>
 * The link is named by its heading, so it is never empty for a screen reader. A link inside a
 * heading also lends its name to the heading, which would then read "Why layer Why layer"; the
 * heading naming itself keeps the link's name out, because names are not followed from within
 * an aria-labelledby. The page title, the only h1, gets no link.
 */
final class HeadingAnchors extends CustomNodeRenderer<Heading> {

    /** The class of the anchor links, which are not part of the heading's text. */
    static final String ANCHOR_CLASS = "lw-heading-anchor";

    HeadingAnchors() {
        super(Heading.class);
    }

    @Override
    protected void render(Heading heading, NodeRendererContext context, HtmlWriter html) {
        String id = context.getNodeId(heading);
        if (heading.getLevel() == 1 || id == null || id.isEmpty()) {
            context.delegateRender();
            return;
        }
        html.attr("id", id).attr("aria-labelledby", id).withAttr().tagLine("h" + heading.getLevel(), () -> {
            context.renderChildren(heading);
            html.attr("class", ANCHOR_CLASS).attr("href", "#" + id).attr("aria-labelledby", id).withAttr().tag("a");
            html.attr("aria-hidden", "true").withAttr().tag("span").text("#").tag("/span");
            html.tag("/a");
        });
    }
}
