/**
 * Stage 3: everything the pages show that is computed rather than written: routine order,
 * comparison tables, layering diagram geometry, article lists. Templates only print these.
 */
package org.layerwise.derive;
