package org.layerwise.markdown;

import org.layerwise.model.Body;
import org.layerwise.model.Problem;

import java.util.List;

/** Renders a piece of Markdown, shown in a context, to a {@link Body}: a pure function of the two. */
public interface BodyRenderer {

    /** Renders {@code markdown}, adding any problem to {@code problems}. Safe from several threads. */
    Body render(String markdown, MarkdownContext context, List<Problem> problems);

    /** The ids and sources that links in the Markdown may name. */
    LinkTargets targets();

    /**
     * Wraps a renderer, for instance in a cache. {@code context} is what every rendering of the
     * run depends on besides its Markdown and {@link MarkdownContext}: the ids links may name,
     * the images, the snippets.
     */
    interface Decorator {
        /** No wrapping: every body is rendered. */
        Decorator NONE = (renderer, context) -> renderer;

        BodyRenderer around(BodyRenderer renderer, String context);
    }
}
