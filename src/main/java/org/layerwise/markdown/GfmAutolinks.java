package org.layerwise.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * GitHub's extended autolinks ({@code www.}, {@code https://}, e-mail addresses), made by
 * flexmark's own {@link AutolinkExtension} post-processor, which was the costliest step of parsing:
 * it unescapes every text node and runs a link extractor and a regular expression over it. A text
 * node can only hold the start of a link if the text of its parent, which holds every sibling the
 * processor may join it with, has a ':' (a scheme), an '@' (an address), "www." or an '&amp;'
 * (an entity that might decode to one of them). Every other text node is left alone, as the
 * processor would leave it; the rest go through the processor unchanged.
 */
final class GfmAutolinks implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new NodePostProcessorFactory(false) {
            {
                addNodes(Text.class);
            }

            @Override
            public NodePostProcessor apply(Document document) {
                return new Filter(new AutolinkNodePostProcessor(document));
            }
        });
    }

    /** Passes on the text nodes that might hold a link; one per document. */
    private static final class Filter extends NodePostProcessor {
        private final NodePostProcessor autolinks;
        /** Whether a parent's text might hold a link, worked out once for all its text children. */
        private final Map<Node, Boolean> mightLink = new IdentityHashMap<>();

        Filter(NodePostProcessor autolinks) {
            this.autolinks = autolinks;
        }

        @Override
        public void process(NodeTracker state, Node node) {
            Node parent = node.getParent();
            BasedSequence text = parent == null ? node.getChars() : parent.getChars();
            if (parent == null ? mightLink(text) : mightLink.computeIfAbsent(parent, p -> mightLink(text))) {
                autolinks.process(state, node);
            }
        }

        static boolean mightLink(BasedSequence text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ':' || c == '@' || c == '&'
                        || ((c == 'w' || c == 'W') && text.matchCharsIgnoreCase("www.", i))) {
                    return true;
                }
            }
            return false;
        }
    }
}
