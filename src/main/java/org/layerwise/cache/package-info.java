/**
 * The speed layer, which no stage imports: decorators of the stages' narrow interfaces that keep
 * rendered Markdown and page readings on disk between runs ({@link
 * org.layerwise.cache.BuildCaches}), so that a build without them writes the same site.
 */
package org.layerwise.cache;
