package org.harmtrack.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing the temporary folders the demo and the benchmarks work in. */
public final class Folders {
    private Folders() {
    }

    /** Deletes a folder and everything in it, deepest first. */
    public static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause(); // Files.walk reports a folder it cannot read this way
        }
    }
}
