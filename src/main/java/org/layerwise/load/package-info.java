/**
 * Stage 1, load: reads content files into model records, reporting every malformed field with its
 * file and line.
 */
package org.layerwise.load;
