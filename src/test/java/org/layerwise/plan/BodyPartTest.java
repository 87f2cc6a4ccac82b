package org.layerwise.plan;

import org.junit.jupiter.api.Test;
import org.layerwise.markdown.MarkdownRenderer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BodyPartTest {

    @Test
    void aBodyWithoutEmbedsIsOnePart() {
        assertEquals(List.of(new BodyPart("<p>Serum, then cream. <!-- a comment --></p>\n", "")),
                BodyPart.split("<p>Serum, then cream. <!-- a comment --></p>\n"));
        assertEquals(List.of(new BodyPart("", "")), BodyPart.split(""));
    }

    @Test
    void embedsSplitTheBodyWhereTheyStand() {
        String marker = MarkdownRenderer.embedMarker("layering-diagram");
        assertEquals(List.of(new BodyPart("<p>Before.</p>\n", "layering-diagram"), new BodyPart("\n<p>After.</p>", "")),
                BodyPart.split("<p>Before.</p>\n" + marker + "\n<p>After.</p>"));
        assertEquals(List.of(new BodyPart("", "layering-diagram"), new BodyPart("", "")), BodyPart.split(marker));
    }
}
