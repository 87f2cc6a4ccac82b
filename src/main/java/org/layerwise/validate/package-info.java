/** Stage 2: checks that the loaded records fit together (ids, links, output paths) and names every misfit. */
package org.layerwise.validate;
