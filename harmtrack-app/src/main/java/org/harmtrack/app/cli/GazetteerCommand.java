package org.harmtrack.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.harmtrack.gazetteer.Gazetteer;
import org.harmtrack.gazetteer.GazetteerIndex;
import org.harmtrack.gazetteer.GazetteerLoader;
import org.harmtrack.gazetteer.GeoEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code harmtrack gazetteer}: import GeoNames files, look names up. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = {"The gazetteer places are resolved against: GeoNames cities500 by default.",
                "Import GeoNames country dumps and alternate names for villages and every spelling."},
        subcommands = {GazetteerCommand.Import.class, GazetteerCommand.Lookup.class})
public final class GazetteerCommand implements Runnable {
    @ParentCommand
    HarmtrackCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code harmtrack gazetteer import FILE...}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Build a gazetteer from the default one plus GeoNames files, and use it from then on.",
                    "FILE: a country dump (SY.txt or SY.zip from https://download.geonames.org/export/dump/), "
                            + "allCountries.txt (needs a larger heap: HARMTRACK_JAVA_OPTS=-Xmx8g), or "
                            + "alternateNamesV2.txt / alternateNamesV2.zip for every spelling.",
                    "Give all the files each time: an import replaces the previous one.",
                    "The gazetteer is written to --gazetteer DIR (default: harmtrack-data/gazetteer, or "
                            + "$HARMTRACK_GAZETTEER); commands use it when it is there.",
                    "GeoNames data is CC BY 4.0: attribute GeoNames (geonames.org) in what you publish."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:imported", "2:usage error", "3:a file could not be read, or the index not written"})
    static final class Import implements Callable<Integer> {
        @ParentCommand
        GazetteerCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "GeoNames files to add.")
        List<Path> files;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Path dir = parent.parent.resources().gazetteerDir();
            long started = System.nanoTime();
            Gazetteer gazetteer;
            try {
                gazetteer = GazetteerLoader.loadDefaultWith(files, line -> err.println("harmtrack gazetteer import: " + line));
            } catch (java.io.UncheckedIOException e) {
                err.println("harmtrack gazetteer import: " + e.getMessage());
                return ExitCodes.FAILED;
            }
            try {
                Files.createDirectories(dir);
                Path index = dir.resolve(GazetteerLoader.INDEX_NAME);
                Path partial = dir.resolve(GazetteerLoader.INDEX_NAME + ".partial");
                try (OutputStream out = Files.newOutputStream(partial)) {
                    GazetteerIndex.write(gazetteer, out);
                }
                // written whole, then moved into place: a crash never leaves a half-written gazetteer in use
                Files.move(partial, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Files.writeString(dir.resolve("SOURCES.txt"), "Imported into harmtrack's gazetteer:\n"
                        + String.join("\n", files.stream().map(Path::toString).toList())
                        + "\n\nPlace data: GeoNames (https://www.geonames.org), licensed under CC BY 4.0.\n");
                err.printf("harmtrack gazetteer import: %d places and regions in %s (%.1f s)%n", gazetteer.size(),
                        index, (System.nanoTime() - started) / 1e9);
            } catch (IOException e) {
                err.println("harmtrack gazetteer import: could not write " + dir + ": " + e.getMessage());
                return ExitCodes.FAILED;
            }
            return ExitCodes.OK;
        }
    }

    /** {@code harmtrack gazetteer lookup NAME}. */
    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = "List the gazetteer entries a name matches (exactly, else by transliteration skeleton).")
    static final class Lookup implements Callable<Integer> {
        @ParentCommand
        GazetteerCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", arity = "1..*", description = "The name, as a text would write it.")
        List<String> words;

        @Override
        public Integer call() {
            Gazetteer gazetteer = parent.parent.resources().gazetteer();
            PrintWriter out = spec.commandLine().getOut();
            List<GeoEntry> entries = gazetteer.lookup(String.join(" ", words));
            for (GeoEntry e : entries) {
                String admin1 = gazetteer.admin1Name(e.admin1Key());
                out.printf("%-10d %-28s %-2s %-22s %9.4f %9.4f  %-8s %s pop %d%n", e.id(), e.name(), e.country(),
                        admin1 == null ? "" : admin1, e.lat(), e.lon(), e.level().precision().key(), e.featureCode(),
                        e.population());
            }
            if (entries.isEmpty()) {
                out.println("no gazetteer entry for " + String.join(" ", words));
                return ExitCodes.SOME_INPUT_SKIPPED;
            }
            return ExitCodes.OK;
        }
    }
}
