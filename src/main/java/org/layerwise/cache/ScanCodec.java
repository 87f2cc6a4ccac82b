package org.layerwise.cache;

import org.layerwise.check.PageScans;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashSet;

/** Page readings (links and ids) in a {@link DiskCache} file. */
final class ScanCodec implements DiskCache.Codec<PageScans.Scan> {

    @Override
    public void write(DataOutputStream out, PageScans.Scan scan) throws IOException {
        DiskCache.writeStrings(out, scan.ids());
        DiskCache.writeStrings(out, scan.links());
    }

    @Override
    public PageScans.Scan read(DataInputStream in) throws IOException {
        return new PageScans.Scan(new HashSet<>(DiskCache.readStrings(in)), DiskCache.readStrings(in));
    }
}
