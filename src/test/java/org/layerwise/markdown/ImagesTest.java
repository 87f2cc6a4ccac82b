package org.layerwise.markdown;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerwise.markdown.ArticleRendering.FIRST_LINE;

class ImagesTest {

    @TempDir
    Path assets;

    @BeforeEach
    void writeImages() throws IOException {
        Path img = Files.createDirectories(assets.resolve("img"));
        raster(img.resolve("layers.png"), "png", 40, 30);
        raster(img.resolve("bottle.jpg"), "jpeg", 16, 9);
        raster(img.resolve("drop.gif"), "gif", 3, 2);
        Files.writeString(img.resolve("sized.svg"), "<?xml version=\"1.0\"?>\n<!-- icon -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120px\" height=\"80\"/>");
        Files.writeString(img.resolve("boxed.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 150\"></svg>");
        Files.writeString(img.resolve("wide.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" viewBox=\"0,0,300,150\"></svg>");
        Files.writeString(img.resolve("relative.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"10em\"></svg>");
        Files.write(img.resolve("photo.webp"), new byte[] {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'});
        Files.writeString(img.resolve("broken.png"), "not a PNG");
    }

    private static void raster(Path file, String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        assertTrue(ImageIO.write(image, format, file.toFile()), "no ImageIO writer for " + format);
    }

    private Element image(ArticleRendering rendering) {
        return rendering.dom().selectFirst("img");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"layers.png, 40, 30", "bottle.jpg, 16, 9", "drop.gif, 3, 2", "sized.svg, 120, 80", "boxed.svg, 300, 150", "wide.svg, 600, 300"})
    void givesImagesTheWidthAndHeightOfTheirFile(String name, String width, String height) {
        ArticleRendering rendering = ArticleRendering.of("![Layers of skincare](/img/" + name + ")", assets);

        Element img = image(rendering);
        assertEquals(width, img.attr("width"));
        assertEquals(height, img.attr("height"));
        assertEquals(List.of(), rendering.problems());
    }

    @Test
    void loadsImagesLazilyFromRootRelativeSources() {
        Element img = image(ArticleRendering.of("![Layers](/img/layers.png \"Thin to thick\")", assets));

        assertEquals("../../img/layers.png", img.attr("src"));
        assertEquals("Layers", img.attr("alt"));
        assertEquals("Thin to thick", img.attr("title"));
        assertEquals("lazy", img.attr("loading"));
        assertEquals("async", img.attr("decoding"));
    }

    @Test
    void reportsUnsupportedFormatWithLine() {
        ArticleRendering rendering = ArticleRendering.of("Text.\n\n![A photo](/img/photo.webp)", assets);

        assertEquals(FIRST_LINE + 2, rendering.problemLine());
        String message = rendering.onlyProblem().message();
        assertTrue(message.startsWith("image '/img/photo.webp': WEBP files cannot be shown here"), message);
        assertTrue(message.endsWith("use PNG, JPEG, GIF or SVG"), message);
    }

    @Test
    void reportsFileThatIsNotTheImageItsNameSays() {
        ArticleRendering rendering = ArticleRendering.of("![Broken](/img/broken.png)", assets);

        assertEquals(FIRST_LINE, rendering.problemLine());
        assertEquals("image '/img/broken.png': the file is not a PNG image that can be read", rendering.onlyProblem().message());
    }

    @Test
    void reportsSvgWithoutPixelSize() {
        ArticleRendering rendering = ArticleRendering.of("![Icon](/img/relative.svg)", assets);

        assertTrue(rendering.onlyProblem().message().contains("neither width and height in pixels nor a viewBox"));
        assertFalse(image(rendering).hasAttr("width"));
    }

    @Test
    void reportsMissingFileWithLine() {
        ArticleRendering rendering = ArticleRendering.of("Intro\n![Gone](/img/gone.png)", assets);

        assertEquals(FIRST_LINE + 1, rendering.problemLine());
        assertTrue(rendering.onlyProblem().message().startsWith("image '/img/gone.png' not found"));
        assertEquals("lazy", image(rendering).attr("loading"));
    }

    @Test
    void reportsMissingAltTextWithLine() {
        ArticleRendering rendering = ArticleRendering.of("\n\n\n![](/img/layers.png)", assets);

        assertEquals(FIRST_LINE + 3, rendering.problemLine());
        assertTrue(rendering.onlyProblem().message().startsWith("image '/img/layers.png' has no alt text"));
    }

    @Test
    void reportsImageOutsideTheAssets() {
        ArticleRendering rendering = ArticleRendering.of("![Elsewhere](https://example.org/x.png)", assets);

        assertTrue(rendering.onlyProblem().message().startsWith("image 'https://example.org/x.png' must be a file under assets/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"data:image/png;base64,iVBORw0KGgo=", "javascript:alert(1)", "VBScript:x", "java&#115;cript:alert(1)"})
    void refusesScriptAndDataImagesWithLine(String source) {
        ArticleRendering rendering = ArticleRendering.of("A\n\n![x](" + source + ")", assets);

        assertEquals(FIRST_LINE + 2, rendering.problemLine());
        assertTrue(rendering.onlyProblem().message().contains("is not allowed: images may not run script or embed data"));
        assertEquals("", image(rendering).attr("src"));
    }
}
