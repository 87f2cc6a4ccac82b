package org.layerwise.model;

/** A cited source: a descriptive title and an absolute http(s) URL. */
public record Source(String title, String url) {
}
