/**
 * The speed layer, which no stage imports: decorators of the stages' narrow interfaces that keep
 * rendered Markdown and page readings on disk between runs ({@link
 * org.layerwise.cache.BuildCaches}), and unchanged content files' records in memory between a
 * preview's rebuilds ({@link org.layerwise.cache.UnchangedFiles}), so that a build without them
 * writes the same site.
 */
package org.layerwise.cache;
