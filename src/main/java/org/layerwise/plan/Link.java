package org.layerwise.plan;

/** A link to a page of the site: its text and its site path, which templates print after {@code root}. */
public record Link(String name, String path) {
}
