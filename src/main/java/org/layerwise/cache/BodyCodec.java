package org.layerwise.cache;

import org.layerwise.model.Body;
import org.layerwise.model.Heading;
import org.layerwise.model.SiteLink;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.layerwise.cache.DiskCache.readString;
import static org.layerwise.cache.DiskCache.writeString;

/** Rendered Markdown bodies in a {@link DiskCache} file. */
final class BodyCodec implements DiskCache.Codec<Body> {

    @Override
    public void write(DataOutputStream out, Body body) throws IOException {
        writeString(out, body.html());
        out.writeInt(body.headings().size());
        for (Heading heading : body.headings()) {
            out.writeInt(heading.level());
            writeString(out, heading.id());
            writeString(out, heading.text());
        }
        out.writeInt(body.links().size());
        for (SiteLink link : body.links()) {
            writeString(out, link.path());
            writeString(out, link.fragment());
            out.writeInt(link.line());
            out.writeBoolean(link.samePage());
        }
        out.writeInt(body.words());
        writeString(out, body.text());
    }

    @Override
    public Body read(DataInputStream in) throws IOException {
        String html = readString(in);
        int headingCount = in.readInt();
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < headingCount; i++) {
            headings.add(new Heading(in.readInt(), readString(in), readString(in)));
        }
        int linkCount = in.readInt();
        List<SiteLink> links = new ArrayList<>();
        for (int i = 0; i < linkCount; i++) {
            links.add(new SiteLink(readString(in), readString(in), in.readInt(), in.readBoolean()));
        }
        int words = in.readInt();
        return new Body(html, headings, links, words, readString(in));
    }
}
