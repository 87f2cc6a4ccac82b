package org.layerwise.model;

/** The routine a product type belongs to. */
public enum TimeOfDay {
    AM, PM
}
