/**
 * The local preview: serves the built site, re-renders only the pages an edit changed ({@link
 * org.layerwise.serve.IncrementalSite}) and reloads the open pages.
 */
package org.layerwise.serve;
