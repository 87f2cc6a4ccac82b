package org.layerwise.markdown;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Gives the header cells of Markdown tables {@code scope="col"}, so screen readers announce each
 * cell with its column header, as the site's generated tables do.
 */
final class TableHeaderScopes implements AttributeProvider {

    static final IndependentAttributeProviderFactory FACTORY = new IndependentAttributeProviderFactory() {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new TableHeaderScopes();
        }
    };

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof TableCell cell && cell.isHeader()) {
            attributes.replaceValue("scope", "col");
        }
    }
}
