package org.layerwise.derive;

import org.layerwise.model.SitePaths;
/**
 * A tag and how many articles carry it, as the topics index lists it.
 *
 * @param tag   the tag as written in front matter
 * @param count how many published articles (and, in preview, drafts) carry it
 */
public record Topic(String tag, int count) {

    /** The tag's page, relative to the site root. */
    public String path() {
        return SitePaths.tag(tag);
    }
}
