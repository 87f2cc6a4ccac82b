/**
 * Stage 4, render: writes the planned pages through their Freemarker templates, which see only the
 * record they are given, returning a reading of each page written by a function it is given,
 * copies the assets and swaps the output folder in.
 */
package org.layerwise.render;
