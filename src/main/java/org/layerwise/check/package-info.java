/**
 * Stage 5, check: reads the written pages as a browser would and reports every link or anchor that
 * does not resolve, at the Markdown line that wrote it.
 */
package org.layerwise.check;
