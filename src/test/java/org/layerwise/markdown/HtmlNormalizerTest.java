package org.layerwise.markdown;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The examples in the docstring of normalize.py, and the Python behaviour the port keeps. */
class HtmlNormalizerTest {

    @Test
    void collapsesInnerWhitespaceExceptInPre() {
        assertEquals("<p>a b</p>", HtmlNormalizer.normalize("<p>a  \t b</p>"));
        assertEquals("<p>a b</p>", HtmlNormalizer.normalize("<p>a  \t\nb</p>"));
        assertEquals("<pre>a  \t\nb</pre>", HtmlNormalizer.normalize("<pre>a  \t\nb</pre>"));
    }

    @Test
    void removesWhitespaceAroundBlockTagsOnly() {
        assertEquals("<p>a b</p>", HtmlNormalizer.normalize(" <p>a  b</p>"));
        assertEquals("<p>a b</p>", HtmlNormalizer.normalize("<p>a  b</p> "));
        assertEquals("<p>a b</p>", HtmlNormalizer.normalize("\n\t<p>\n\t\ta  b\t\t</p>\n\t"));
        assertEquals("<i>a b</i> ", HtmlNormalizer.normalize("<i>a  b</i> "));
    }

    @Test
    void writesSelfClosingTagsAsOpenTags() {
        assertEquals("<br>", HtmlNormalizer.normalize("<br />"));
    }

    @Test
    void sortsAndLowercasesAttributes() {
        assertEquals("<a href=\"foo\" title=\"bar\">x</a>", HtmlNormalizer.normalize("<a title=\"bar\" HREF=\"foo\">x</a>"));
    }

    @Test
    void turnsReferencesIntoCharactersExceptMarkup() {
        assertEquals("\u2200&amp;&gt;&lt;&quot;", HtmlNormalizer.normalize("&forall;&amp;&gt;&lt;&quot;"));
    }

    @Test
    void keepsNamedReferencesPythonDoesNotKnowInText() {
        // Python's name2codepoint is HTML 4; HTML5 names stay as written
        assertEquals("&HilbertSpace; \u00e9", HtmlNormalizer.normalize("&HilbertSpace; &eacute;"));
    }

    @Test
    void treatsNonBreakingSpaceAsWhitespaceAsPythonDoes() {
        assertEquals("<code> </code>", HtmlNormalizer.normalize("<code>\u00a0</code>"));
    }

    @Test
    void failsLikePythonOnAnAttributeBothWithAndWithoutValue() {
        assertThrows(IllegalArgumentException.class, () -> HtmlNormalizer.normalize("<a x x=\"1\">"));
    }
}
