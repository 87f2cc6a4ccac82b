package org.layerwise.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a cited source may not be: a bare home page (a URL whose path is empty or {@code /}, with
 * no query), which cannot show the claim it is cited for, or a page on a refused host (from
 * {@code content/refused-sources.yaml}; subdomains of a refused host are refused too).
 *
 * @param refused refused hosts, lowercase, each with the reason editors gave
 */
public record SourcePolicy(Map<String, String> refused) {

    /** Only the home-page rule: no host refused. */
    public static final SourcePolicy NO_REFUSED_HOSTS = new SourcePolicy(Map.of());

    /** The file editors list refused hosts in, as messages name it. */
    public static final String REFUSED_FILE = "content/refused-sources.yaml";

    public SourcePolicy {
        refused = Map.copyOf(refused);
    }

    /**
     * What is wrong with citing {@code url}, if anything. URLs that are not absolute http(s)
     * addresses are left to the callers' own checks.
     */
    public Optional<String> problemWith(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String host = uri.getHost();
        if (host == null || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            return Optional.empty();
        }
        Optional<String> refusedHost = refusedHost(host);
        if (refusedHost.isPresent()) {
            return Optional.of("source " + url + " is on a refused host, " + refusedHost.get() + " ("
                    + refused.get(refusedHost.get()) + "); cite a primary or professional page that says it"
                    + " (the list is " + REFUSED_FILE + ")");
        }
        if (isHomePage(uri)) {
            return Optional.of("source " + url + " is a home page; cite the specific page that says it");
        }
        return Optional.empty();
    }

    /** True for a site's front page: no path (or only {@code /}) and no query. */
    static boolean isHomePage(URI uri) {
        String path = uri.getRawPath();
        boolean rootPath = path == null || path.isEmpty() || path.equals("/");
        return rootPath && (uri.getRawQuery() == null || uri.getRawQuery().isEmpty());
    }

    /** The refused host that {@code host} is, or is a subdomain of. */
    private Optional<String> refusedHost(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        while (true) {
            if (refused.containsKey(name)) {
                return Optional.of(name);
            }
            int dot = name.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            name = name.substring(dot + 1);
        }
    }

    /** A stable text of the refused hosts, for build caches that must be dropped when the list changes. */
    public String fingerprint() {
        return new TreeMap<>(refused).toString();
    }
}
