/** Stage 1: reads content files into model records, reporting every malformed field with file and line. */
package org.layerwise.load;
