package org.layerwise.model;

/** How regularly a product type is used: the diagram marks anything but daily differently. */
public enum Cadence {
    DAILY, WEEKLY, AS_NEEDED
}
