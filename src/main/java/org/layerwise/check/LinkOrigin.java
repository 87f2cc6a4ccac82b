package org.layerwise.check;

import org.layerwise.model.SiteLink;

import java.nio.file.Path;

/** A link written in a content file, so that a broken one is reported at its file and line. */
public record LinkOrigin(Path file, SiteLink link) {
}
