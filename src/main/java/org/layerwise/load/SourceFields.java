package org.layerwise.load;

import org.layerwise.model.Source;
import org.layerwise.model.SourcePolicy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@code sources:} list, the same shape in every data file: each entry a title, the URL of
 * the specific page that says the claim, and optionally its kind. Each URL is checked against the
 * {@link SourcePolicy}: no bare home pages, no refused hosts.
 */
final class SourceFields {

    static final Set<String> KEYS = Set.of("title", "url", "kind");

    private SourceFields() {
    }

    /** A required, non-empty list of sources under {@code key}. */
    static List<Source> required(Fields fields, String key, SourcePolicy policy) {
        if (!fields.has(key)) {
            fields.missing(key);
            return List.of();
        }
        List<Source> sources = fields.mappings(key, KEYS, f -> source(f, policy));
        if (sources.isEmpty()) {
            fields.report(key, key + " needs at least one source with a title and a url");
        }
        return sources;
    }

    private static Source source(Fields fields, SourcePolicy policy) {
        String title = fields.text("title");
        String url = fields.text("url");
        if (!url.isEmpty()) {
            if (!isWebAddress(url)) {
                fields.report("url", "url '" + url + "' must be an absolute http:// or https:// address");
            } else {
                policy.problemWith(url).ifPresent(message -> fields.report("url", message));
            }
        }
        return new Source(title, url, fields.optionalChoice("kind", Source.Kind.class));
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
