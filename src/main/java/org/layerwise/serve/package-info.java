/** Stage 6: the local preview: serves the built site, rebuilds only what an edit changed ({@link org.layerwise.serve.IncrementalSite}) and reloads the browser. */
package org.layerwise.serve;
