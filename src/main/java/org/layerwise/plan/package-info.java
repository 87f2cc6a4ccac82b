/**
 * Stage 3b, derive and plan: every page of the site, its address (from {@link org.layerwise.model.SitePaths})
 * and, as one typed {@link org.layerwise.plan.PageData} record per page kind, what its template shows.
 */
package org.layerwise.plan;
