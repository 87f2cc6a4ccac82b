package org.layerwise.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwise.FixtureSite;
import org.layerwise.model.Body;
import org.layerwise.model.SiteContent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyCodecTest {

    @TempDir
    Path output;

    @Test
    void everyBodyOfTheRealSiteReadsBackEqual() throws Exception {
        SiteContent site = FixtureSite.content(Path.of("."), output);
        List<Body> bodies = new ArrayList<>();
        site.articles().forEach(a -> bodies.add(a.body()));
        site.pages().forEach(p -> bodies.add(p.body()));
        site.types().forEach(t -> bodies.add(t.description()));
        site.glossary().forEach(g -> bodies.add(g.definition()));
        site.faq().forEach(f -> bodies.add(f.answer()));
        assertTrue(bodies.stream().anyMatch(b -> !b.links().isEmpty() && !b.headings().isEmpty()));

        BodyCodec codec = new BodyCodec();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (Body body : bodies) {
                codec.write(out, body);
            }
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (Body body : bodies) {
                assertEquals(body, codec.read(in));
            }
            assertEquals(-1, in.read());
        }
    }
}
