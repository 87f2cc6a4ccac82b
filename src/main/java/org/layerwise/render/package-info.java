/** Stage 4: writes the planned pages through their templates (Freemarker, with only the model each page is given), assets, and the output folder swap. */
package org.layerwise.render;
