package org.layerwise.cache;

import org.layerwise.markdown.BodyRenderer;
import org.layerwise.markdown.LinkTargets;
import org.layerwise.markdown.MarkdownContext;
import org.layerwise.model.Body;
import org.layerwise.model.Problem;

import java.util.List;
import java.util.Optional;

/**
 * A {@link BodyRenderer} that takes bodies rendered before, by the same Markdown at the same place
 * in the same run context, from a {@link DiskCache}, and keeps those it renders without problems
 * (a faulty body is rendered, and reported, on every run).
 */
final class CachedBodyRenderer implements BodyRenderer {

    private final BodyRenderer renderer;
    private final DiskCache<Body> bodies;

    /** {@code bodies} must have started the run whose context the renderings depend on. */
    CachedBodyRenderer(BodyRenderer renderer, DiskCache<Body> bodies) {
        this.renderer = renderer;
        this.bodies = bodies;
    }

    @Override
    public Body render(String markdown, MarkdownContext context, List<Problem> problems) {
        String key = DiskCache.key(markdown, context.file().toString(), String.valueOf(context.firstLine()));
        Optional<Body> known = bodies.find(key);
        if (known.isPresent()) {
            return known.get();
        }
        int problemsBefore = problems.size();
        Body body = renderer.render(markdown, context, problems);
        if (problems.size() == problemsBefore) {
            bodies.keep(key, body);
        }
        return body;
    }

    @Override
    public LinkTargets targets() {
        return renderer.targets();
    }
}
