package org.harmtrack.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Opens GeoNames files as downloaded: plain {@code .txt}, or the {@code .zip} that holds one. */
final class GeoNamesFiles {
    private GeoNamesFiles() {
    }

    /** The text of {@code file}: the file itself, or the first {@code .txt} inside a zip (not its readme). */
    static InputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no such file: " + file);
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return Files.newInputStream(file);
        }
        ZipInputStream zip = new ZipInputStream(Files.newInputStream(file));
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            String name = entry.getName().toLowerCase(Locale.ROOT);
            if (name.endsWith(".txt") && !name.contains("readme")) {
                return zip;
            }
        }
        zip.close();
        throw new IOException(file + " holds no GeoNames .txt table");
    }
}
