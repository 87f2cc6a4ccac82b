/**
 * The site's data as records (types, articles, pages, FAQ, glossary, ingredients, sources,
 * problems), and the address book, {@link org.layerwise.model.SitePaths}, that every page path
 * comes from.
 */
package org.layerwise.model;
