/** Stage 6: the local preview: serves the built site, rebuilds on change and reloads the browser. */
package org.layerwise.serve;
