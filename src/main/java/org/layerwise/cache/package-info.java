/**
 * The speed layer: decorators that keep rendered Markdown and page readings on disk between runs
 * ({@link org.layerwise.cache.BuildCaches}); no stage imports it, and a build without it writes the same site.
 */
package org.layerwise.cache;
