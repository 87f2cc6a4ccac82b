/**
 * Computations over the model that validate and plan share: routine order, comparison tables,
 * layering-diagram geometry, article and ingredient indexes, search text.
 */
package org.layerwise.derive;
