/**
 * Stage 5, check: reads the written pages as a browser would ({@link org.layerwise.check.PageScans},
 * which the render stage runs on each page as it writes it) and reports every link or anchor that
 * does not resolve, at the Markdown line that wrote it.
 */
package org.layerwise.check;
