/** Stage 4: pages from templates (Freemarker, with only the model each page is given), assets, and the output folder swap. */
package org.layerwise.render;
