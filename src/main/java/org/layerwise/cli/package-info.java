/**
 * The command-line tool: build, check, serve, new and render, with their options and exit codes.
 */
package org.layerwise.cli;
