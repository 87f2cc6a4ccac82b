package org.layerwise.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inlines a stylesheet's {@code @import url("x.css") layer(name);} rules as
 * {@code @layer name { … }} blocks, so a page needs one stylesheet request instead of a chain of
 * them (imports are only discovered after the importing file has arrived). Only imports of local
 * files in the same folder tree are inlined; anything else is left as written.
 */
final class StylesheetBundler {

    private static final Pattern IMPORT = Pattern.compile(
            "@import\\s+url\\(\"([^\":]+\\.css)\"\\)\\s+layer\\(([a-z-]+)\\)\\s*;");

    private StylesheetBundler() {
    }

    /** The stylesheet at {@code file} with its layered imports inlined. */
    static String bundle(Path file) {
        String css = read(file);
        Matcher matcher = IMPORT.matcher(css);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Path imported = file.resolveSibling(matcher.group(1)).normalize();
            String replacement = Files.isRegularFile(imported) && imported.startsWith(file.getParent())
                    ? "@layer " + matcher.group(2) + " {\n" + bundle(imported).strip() + "\n}"
                    : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
