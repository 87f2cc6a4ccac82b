/**
 * The one adapter to JBake: the project's settings from {@code jbake.properties} over JBake's
 * defaults, and the folders of JBake's conventional layout ({@code content/}, {@code templates/},
 * {@code assets/}); no other package imports JBake. JBake's parser, template engines and content
 * store are not used: Markdown files are read by {@code load}, and pages get their data only from
 * the model {@code render} gives them, which cannot reach a content store.
 */
package org.layerwise.jbake;
