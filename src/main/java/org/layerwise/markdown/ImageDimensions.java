package org.layerwise.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The width and height an image file declares: for PNG, JPEG and GIF from the header, without
 * decoding pixels; for SVG from the root element's width and height or its viewBox.
 */
final class ImageDimensions {

    /** A size in CSS pixels. */
    record Size(int width, int height) {
    }

    /** ImageIO's format name for each raster file extension the site accepts. */
    private static final Map<String, String> RASTER_FORMATS = Map.of("png", "png", "jpg", "jpeg", "jpeg", "jpeg", "gif", "gif");

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?|\\.\\d+");
    private static final Pattern PIXELS = Pattern.compile("\\s*(" + NUMBER.pattern() + ")\\s*(?:px)?\\s*");

    private ImageDimensions() {
    }

    /**
     * Reads the size of {@code file}.
     *
     * @throws IOException with a message fit for editors when the format is not supported or the
     *                     file does not say its size
     */
    static Size read(Path file) throws IOException {
        String extension = extension(file);
        if (extension.equals("svg")) {
            return svg(file);
        }
        String format = RASTER_FORMATS.get(extension);
        if (format == null) {
            throw new IOException((extension.isEmpty() ? "a file without extension" : extension.toUpperCase(Locale.ROOT) + " files")
                    + " cannot be shown here; use PNG, JPEG, GIF or SVG");
        }
        return raster(file, format);
    }

    /** Whether {@link #read} reads the file's content (it refuses other kinds of file by their name alone). */
    static boolean readsContentOf(Path file) {
        String extension = extension(file);
        return extension.equals("svg") || RASTER_FORMATS.containsKey(extension);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static Size raster(Path file, String format) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            ImageReader reader = readers == null || !readers.hasNext() ? null : readers.next();
            if (reader == null || !reader.getFormatName().equalsIgnoreCase(format)) {
                throw new IOException("the file is not a " + format.toUpperCase(Locale.ROOT) + " image that can be read");
            }
            try {
                reader.setInput(in, true, true);
                return new Size(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        }
    }

    private static Size svg(Path file) throws IOException {
        Element root = Jsoup.parse(Files.readString(file), "", Parser.xmlParser()).children().first();
        if (root == null || !root.normalName().equals("svg")) {
            throw new IOException("the file is not an SVG image: its root element is not <svg>");
        }
        OptionalDouble width = pixels(root.attr("width"));
        OptionalDouble height = pixels(root.attr("height"));
        if (width.isPresent() && height.isPresent()) {
            return size(width.getAsDouble(), height.getAsDouble());
        }
        String[] box = root.attr("viewBox").strip().split("[\\s,]+");
        OptionalDouble boxWidth = box.length == 4 ? number(box[2]) : OptionalDouble.empty();
        OptionalDouble boxHeight = box.length == 4 ? number(box[3]) : OptionalDouble.empty();
        if (boxWidth.orElse(0) > 0 && boxHeight.orElse(0) > 0) {
            double ratio = boxHeight.getAsDouble() / boxWidth.getAsDouble();
            // with one side given, the browser keeps the viewBox's aspect ratio for the other
            if (width.isPresent()) {
                return size(width.getAsDouble(), width.getAsDouble() * ratio);
            }
            if (height.isPresent()) {
                return size(height.getAsDouble() / ratio, height.getAsDouble());
            }
            return size(boxWidth.getAsDouble(), boxHeight.getAsDouble());
        }
        throw new IOException("the SVG has neither width and height in pixels nor a viewBox, so its size is unknown");
    }

    private static OptionalDouble pixels(String value) {
        Matcher matcher = PIXELS.matcher(value);
        return matcher.matches() ? OptionalDouble.of(Double.parseDouble(matcher.group(1))) : OptionalDouble.empty();
    }

    private static OptionalDouble number(String value) {
        return NUMBER.matcher(value).matches() ? OptionalDouble.of(Double.parseDouble(value)) : OptionalDouble.empty();
    }

    private static Size size(double width, double height) {
        return new Size((int) Math.max(1, Math.round(width)), (int) Math.max(1, Math.round(height)));
    }
}
