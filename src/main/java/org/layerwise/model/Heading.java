package org.layerwise.model;

/** A heading in a rendered Markdown body, for tables of contents and anchor checks. */
public record Heading(int level, String id, String text) {
}
