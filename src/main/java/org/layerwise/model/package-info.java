/** The site's data as records: product types, articles, pages, FAQ, glossary, routine rules, and the problems found in them. */
package org.layerwise.model;
