package org.layerwise.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Optional;

/**
 * An old address in {@code aliases:}: a root-relative site path ending in '/', such as
 * {@code /old/address/}, read with {@link URI}. The build writes a redirect page there; whether
 * another page already has that address is checked with every page's address.
 */
final class Aliases {

    private static final String SHAPE = "write an old address of this site as a path from its root, "
            + "starting and ending with '/', like /articles/old-name/";

    private Aliases() {
    }

    /** Why {@code alias} cannot be an old address, if it cannot. */
    static Optional<String> problemWith(String alias) {
        URI uri;
        try {
            uri = new URI(alias);
        } catch (URISyntaxException e) {
            return Optional.of("alias '" + alias + "' is not an address (" + e.getReason() + " at character "
                    + (e.getIndex() + 1) + "): " + SHAPE);
        }
        if (uri.getScheme() != null || uri.getRawAuthority() != null) {
            return Optional.of("alias '" + alias + "' names a host: " + SHAPE);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of("alias '" + alias + "' has a query (?) or a fragment (#): " + SHAPE);
        }
        String path = uri.getPath();
        if (path == null || !path.startsWith("/") || !path.endsWith("/")) {
            return Optional.of("alias '" + alias + "' must start and end with '/': " + SHAPE);
        }
        if (path.equals("/")) {
            return Optional.of("alias '/' is the home page: " + SHAPE);
        }
        if (path.contains("//") || Arrays.stream(path.split("/")).anyMatch(part -> part.equals(".") || part.equals(".."))) {
            return Optional.of("alias '" + alias + "' has empty, '.' or '..' parts: " + SHAPE);
        }
        return Optional.empty();
    }
}
