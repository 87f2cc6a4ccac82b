/**
 * Stage 2, validate: checks that the loaded records fit together (ids, routines, sources, assets)
 * and names every misfit.
 */
package org.layerwise.validate;
