package org.layerwise.model;

/** Whether an article is published by {@code build} or shown only in preview. */
public enum Status {
    DRAFT, PUBLISHED
}
