/** The command-line tool: build, check, serve, new, render. */
package org.layerwise.cli;
