package org.layerwise.model;

import java.util.Optional;

/** A standalone page from {@code content/pages/<slug>.md}, served at {@code /<slug>/}. */
public record Page(String slug, String title, String summary, Optional<java.time.LocalDate> updated, Body body,
                   Origin origin) {
}
