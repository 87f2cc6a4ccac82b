/**
 * The one adapter to JBake: settings from {@code jbake.properties} over JBake's defaults and its
 * folder layout, and nothing else of JBake (no parser, template engine or content store).
 */
package org.layerwise.jbake;
