/**
 * The stage runner: runs load → validate → derive and plan → render → check in order, collects
 * every stage's problems, and decides when the build stops.
 */
package org.layerwise;
