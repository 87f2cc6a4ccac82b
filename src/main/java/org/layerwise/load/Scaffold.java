package org.layerwise.load;

/**
 * What {@code layerwise new} writes at the top of a file's YAML, so that the loader can say of each
 * value still empty that the scaffold left it to fill in, rather than only that it has no value.
 */
public final class Scaffold {

    /** The first line of the YAML of every scaffold. */
    public static final String MARK = "# Made by `layerwise new`: fill in every empty value, then delete this line.";

    private Scaffold() {
    }

    /** Whether {@code yaml} still starts with the scaffold's first line. */
    static boolean madeBy(String yaml) {
        return yaml.startsWith(MARK);
    }
}
