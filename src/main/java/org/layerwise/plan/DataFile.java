package org.layerwise.plan;

/**
 * A generated file that is not a page, such as the search index: written as is.
 *
 * @param path the site path, e.g. "search-index.json"
 */
public record DataFile(String path, String text) {
}
