/**
 * Markdown as editors know it from GitHub: CommonMark with GFM extensions on flexmark-java,
 * alerts as callouts, anchored headings with GitHub's ids, sized images, the site's link short
 * forms, and the raw-HTML policy. Used by the loaders for articles, pages and the Markdown fields
 * of YAML files.
 */
package org.layerwise.markdown;
