package org.harmtrack.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.harmtrack.app.Cli;
import org.harmtrack.app.Main;
import org.harmtrack.app.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Importing GeoNames files: a country dump adds villages, alternate names add spellings, and later commands
 * use the imported gazetteer. The GeoNames-format fixtures are written here: an invented village with an
 * invented id, and an invented spelling of a real place (As Susah, GeoNames 172415).
 */
class GazetteerCommandTest {
    /** One row of the GeoNames table format: 19 tab-separated columns. */
    private static final String VILLAGE = String.join("\t", "99000001", "Tell Zaytunat", "Tell Zaytunat",
            "Tall Zaytunat,Tal Zaitunat", "35.1000", "40.5000", "P", "PPL", "SY", "", "07", "", "", "", "350", "",
            "210", "Asia/Damascus", "2024-01-01");
    private static final String ALTERNATE = String.join("\t", "99100001", "172415", "en", "Soussa Gharbiya", "", "",
            "", "", "", "");

    @TempDir
    Path dir;

    /** A fresh process: its own resources, so the gazetteer folder is read anew. */
    private static Cli.Result run(String... args) {
        CommandLine cli = Main.commandLine(new Resources());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Cli.Result(cli.execute(args), out.toString(), err.toString());
    }

    @Test
    void anImportedCountryDumpAddsVillagesThatLaterCommandsResolve() throws IOException {
        Path dump = dir.resolve("SY.txt");
        Files.writeString(dump, VILLAGE + "\n");
        Path gazetteer = dir.resolve("gazetteer");

        Cli.Result imported = run("gazetteer", "import", "--gazetteer", gazetteer.toString(), dump.toString());
        assertEquals(ExitCodes.OK, imported.exitCode(), imported::toString);
        assertTrue(Files.isRegularFile(gazetteer.resolve("gazetteer.idx")));
        assertTrue(Files.readString(gazetteer.resolve("SOURCES.txt")).contains("GeoNames"));

        Cli.Result found = run("gazetteer", "lookup", "--gazetteer", gazetteer.toString(), "Tal", "Zaitunat");
        assertEquals(ExitCodes.OK, found.exitCode(), found::toString);
        assertTrue(found.out().contains("99000001"), found::toString);

        Path report = dir.resolve("report.txt");
        Files.writeString(report, "Syrian government warplanes struck Tall Zaytunat in Deir ez-Zor province on "
                + "3 March 2021, killing 4 civilians, residents said.");
        Cli.Result extracted = run("extract", "--gazetteer", gazetteer.toString(), report.toString());
        assertTrue(extracted.out().contains("\"geonames_id\":99000001"), extracted::toString);

        Cli.Result withoutImport = run("extract", "--gazetteer", dir.resolve("none").toString(), report.toString());
        assertFalse(withoutImport.out().contains("99000001"), "the default gazetteer has no such village");
    }

    @Test
    void importedAlternateNamesAddSpellingsOfKnownPlaces() throws IOException {
        Path names = dir.resolve("alternateNamesV2.txt");
        Files.writeString(names, ALTERNATE + "\n");
        Path gazetteer = dir.resolve("gazetteer");

        Cli.Result imported = run("gazetteer", "import", "--gazetteer", gazetteer.toString(), names.toString());
        assertEquals(ExitCodes.OK, imported.exitCode(), imported::toString);
        assertTrue(imported.err().contains("1 names added to 1 places"), imported::toString);

        Cli.Result found = run("gazetteer", "lookup", "--gazetteer", gazetteer.toString(), "Soussa", "Gharbiya");
        assertTrue(found.out().contains("172415"), found::toString);
    }

    @Test
    void aMissingFileFailsNamingItAndLeavesThePreviousGazetteerInUse() throws IOException {
        Path dump = dir.resolve("SY.txt");
        Files.writeString(dump, VILLAGE + "\n");
        Path gazetteer = dir.resolve("gazetteer");
        assertEquals(ExitCodes.OK, run("gazetteer", "import", "--gazetteer", gazetteer.toString(), dump.toString())
                .exitCode());
        byte[] before = Files.readAllBytes(gazetteer.resolve("gazetteer.idx"));

        Cli.Result failed = run("gazetteer", "import", "--gazetteer", gazetteer.toString(),
                dir.resolve("XX.txt").toString());
        assertEquals(ExitCodes.FAILED, failed.exitCode(), failed::toString);
        assertTrue(failed.err().contains("XX.txt"), failed::toString);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(gazetteer.resolve("gazetteer.idx"))));
    }
}
