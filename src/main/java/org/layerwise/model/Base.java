package org.layerwise.model;

/** What a formula is built on; water-based layers go on before oil-based ones. */
public enum Base {
    WATER, OIL, EMULSION, OTHER
}
