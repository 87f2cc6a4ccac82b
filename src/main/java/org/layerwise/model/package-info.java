/**
 * The site's data as records: product types, articles, pages, FAQ, glossary, routine rules, the
 * policy on cited sources, and the problems found in them (with the nearest allowed word as a suggestion).
 */
package org.layerwise.model;
