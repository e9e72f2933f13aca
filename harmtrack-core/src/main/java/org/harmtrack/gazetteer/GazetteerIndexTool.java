package org.harmtrack.gazetteer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Build-time tool: builds the default gazetteer from the GeoNames files in a resource folder and writes its
 * index beside them ({@code org/harmtrack/geonames/gazetteer.idx}). Run by the harmtrack-geonames build.
 * Usage: {@code GazetteerIndexTool CLASSES_DIR}.
 */
public final class GazetteerIndexTool {
    private GazetteerIndexTool() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: GazetteerIndexTool CLASSES_DIR");
        }
        Path dir = Path.of(args[0]).resolve(GazetteerLoader.GEONAMES_RESOURCES);
        Gazetteer gazetteer = GazetteerLoader.load(List.of(dir.resolve("cities500.txt")), dir.resolve("admin1.json"),
                dir.resolve("admin2.json"));
        Path index = dir.resolve(GazetteerLoader.INDEX_NAME);
        try (OutputStream out = Files.newOutputStream(index)) {
            GazetteerIndex.write(gazetteer, out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the gazetteer index " + index, e);
        }
    }
}
