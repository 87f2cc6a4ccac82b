package org.layerwise.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A standalone page from {@code content/pages/<slug>.md}, served at {@code /<slug>/}.
 *
 * @param aliases old addresses (root-relative site paths, such as {@code /old/address/}) that
 *                redirect to this page
 */
public record Page(String slug, String title, String summary, Optional<LocalDate> updated, Body body,
                   Origin origin, List<String> aliases) {

    public Page {
        aliases = List.copyOf(aliases);
    }
}
