/** Stage 5: checks the written site as a reader's browser would meet it: every link and anchor resolves. */
package org.layerwise.check;
