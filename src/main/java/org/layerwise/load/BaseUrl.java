package org.layerwise.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The address a site is published at, as given by {@code --base-url} or {@code site.host}: an
 * absolute http or https address with a host, read with {@link URI}, and nothing else, because it
 * ends up in every page's canonical link, the feed and the sitemap.
 */
public final class BaseUrl {

    private BaseUrl() {
    }

    /** Why {@code url} is not a usable base address, if it is not; the empty text means none. */
    public static Optional<String> problemWith(String url) {
        if (url.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("'" + url + "' is not a web address (" + e.getReason() + " at character "
                    + (e.getIndex() + 1) + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("'" + url + "' must be an absolute http:// or https:// address, "
                    + "like https://example.github.io/layerwise");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("'" + url + "' has no host name; write it like https://example.github.io/layerwise");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of("'" + url + "' must not carry a user name, a query (?) or a fragment (#)");
        }
        return Optional.empty();
    }
}
