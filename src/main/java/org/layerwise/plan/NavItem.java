package org.layerwise.plan;

/** An entry of the main navigation; {@code current} marks the section the page is in. */
public record NavItem(String label, String path, boolean current) {
}
