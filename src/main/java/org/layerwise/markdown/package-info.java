/**
 * Markdown as editors know it from GitHub (CommonMark and GFM on flexmark-java, callouts, anchored
 * headings, sized images, link short forms, the raw-HTML policy), each body rendered once with its
 * site links written from the root.
 */
package org.layerwise.markdown;
