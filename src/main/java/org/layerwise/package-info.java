/**
 * The stage runner ({@link org.layerwise.SiteBuild}) runs load → validate → plan → render → check,
 * each stage ({@link org.layerwise.Stages}) returning its result with its problems, and alone
 * decides when a build fails.
 */
package org.layerwise;
