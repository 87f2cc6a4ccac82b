/** Stage 4: writes the planned pages through their templates (JBake's Freemarker integration), assets, and the output folder swap. */
package org.layerwise.render;
