package org.layerwise.load;

import org.layerwise.model.Problem;
import org.layerwise.model.SourcePolicy;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code content/refused-sources.yaml}: hosts no source may be on (AI-answer sites, blogs
 * cited for medical claims), each with the reason readers of a build error see.
 */
public final class RefusedSourcesLoader {

    private static final Set<String> KEYS = Set.of("host", "reason");

    private final List<Problem> problems;

    /** @param problems where every problem found is added */
    public RefusedSourcesLoader(List<Problem> problems) {
        this.problems = problems;
    }

    /** The policy the file describes; hosts with problems are left out. */
    public SourcePolicy load(Path shownAs, String text) {
        YamlDocument document = new YamlDocument(shownAs, 1, true, problems);
        Map<String, String> refused = new LinkedHashMap<>();
        for (Fields entry : YamlList.entries(document, text, KEYS, "host: example.com")) {
            String host = entry.text("host");
            String reason = entry.text("reason");
            if (host.isEmpty()) {
                continue;
            }
            if (!isHostName(host)) {
                entry.report("host", "host '" + host + "' must be a host name alone, like example.com:"
                        + " no scheme, path or port");
            } else if (refused.containsKey(host.toLowerCase(Locale.ROOT))) {
                entry.report("host", "host '" + host + "' is listed twice");
            } else {
                refused.put(host.toLowerCase(Locale.ROOT), reason);
            }
        }
        return new SourcePolicy(refused);
    }

    private static boolean isHostName(String host) {
        try {
            URI uri = new URI("https://" + host + "/");
            return host.equalsIgnoreCase(uri.getHost()) && uri.getPort() == -1 && host.contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
