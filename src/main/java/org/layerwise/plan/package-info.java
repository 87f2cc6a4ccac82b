/**
 * Stage 3, plan: every page of the site, its address from {@link org.layerwise.model.SitePaths},
 * and one typed {@link org.layerwise.plan.PageData} record per page kind saying what its template
 * shows.
 */
package org.layerwise.plan;
