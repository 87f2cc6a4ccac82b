package org.layerwise.model;

/**
 * A link from Markdown to a page of this site, written as a root path ({@code /faq/#x}) or with
 * the {@code type:} and {@code term:} short forms, kept so that validation can name its line.
 *
 * @param path     the site path without the fragment, e.g. {@code faq/} ("" for the home page)
 * @param fragment the part after {@code #}, or "" when none
 * @param line     the 1-based line in the source file
 */
public record SiteLink(String path, String fragment, int line) {
}
