package org.layerwise.markdown;

/**
 * One piece of raw HTML an editor wrote in Markdown (a flexmark HTML block or inline HTML), as
 * it was written and where it ended up in the rendered body.
 *
 * @param text  the HTML as written
 * @param line  the 1-based line of the file on which it starts
 * @param start the offset in the rendered body's HTML at which it starts
 * @param end   the offset in the rendered body's HTML just after it
 */
record RawHtml(String text, int line, int start, int end) {
}
