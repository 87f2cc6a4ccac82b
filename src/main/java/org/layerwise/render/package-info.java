/** Stage 4: pages from templates (JBake's Freemarker integration), assets, and the output folder swap. */
package org.layerwise.render;
