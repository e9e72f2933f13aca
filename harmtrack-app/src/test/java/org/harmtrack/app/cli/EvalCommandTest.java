package org.harmtrack.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.harmtrack.app.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Three labelled records of the project's own writing: a toll, a "nobody was killed", a range. */
    private static final List<String> GOLD = List.of(
            "{'id':'own-1','text':'An air strike on the town of Maarat al-Numan in Idlib province killed 9 civilians on"
                    + " 4 February 2020, local medics said.','gold':{'events':[{'killed':{'min':9,'max':9},"
                    + "'civilians_killed':{'min':9,'max':9},'date':'2020-02-04','date_stated':true,'place':{'admin1':'Idlib',"
                    + "'lat':35.6476,'lon':36.6729,'geo_precision':1}}]}}",
            "{'id':'own-2','text':'Shelling of the village of Kafr Nabl, in Idlib province, wounded 4 people on 6 February"
                    + " 2020. Nobody was killed.','gold':{'events':[{'killed':{'min':0,'max':0},'date':'2020-02-06',"
                    + "'date_stated':true,'place':{'admin1':'Idlib'}}]}}",
            "{'id':'own-3','text':'Between 12 and 15 people were killed when a drone struck a car near Mir Ali in North"
                    + " Waziristan on 3 May 2012.','gold':{'events':[{'killed':{'min':12,'max':15},'date':'2012-05-03',"
                    + "'date_stated':true,'place':{'admin2':'North Waziristan'}}]}}");

    @TempDir
    Path dir;

    private Path write(String name, List<String> lines) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, lines.stream().map(l -> l.replace('\'', '"')).toList(), StandardCharsets.UTF_8);
        return file;
    }

    private static String row(String out, String metric) {
        return out.lines().filter(l -> l.startsWith(metric + " ")).findFirst().orElse("(no " + metric + " row)\n" + out)
                .replaceAll("\\s+", " ");
    }

    @Test
    void scoresTheExtractorOnLabelledRecordsOneRowPerMetricAndSavesItsOutput() throws Exception {
        Path gold = write("gold.jsonl", GOLD);
        Path saved = dir.resolve("pred.jsonl");

        Cli.Result r = Cli.run("eval", gold.toString(), "--save", saved.toString());

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("answered 1.000 (n=3)", row(r.out(), "answered"));
        assertEquals("killed_min_exact 1.000 (n=2)", row(r.out(), "killed_min_exact"));
        assertEquals("killed_range_exact 1.000 (n=2)", row(r.out(), "killed_range_exact"));
        assertEquals("killed_zero_ok 1.000 (n=1)", row(r.out(), "killed_zero_ok"));
        assertEquals("date_exact 1.000 (n=3)", row(r.out(), "date_exact"));
        assertEquals("place_admin2 1.000 (n=1)", row(r.out(), "place_admin2"));
        assertTrue(r.err().contains("3 records") && r.err().contains("scored by record"), r::toString);
        List<String> ids = ExtractCommandTest.ids(Files.readString(saved));
        assertEquals(List.of("own-1", "own-2", "own-3"), ids);
    }

    @Test
    void scoresAGivenPredictionFileInsteadAndWritesJsonOnRequest() throws Exception {
        Path gold = write("gold.jsonl", GOLD);
        // another system's output: the first toll wrong, the third record not answered
        Path pred = write("other.jsonl", List.of(
                "{'id':'own-1','events':[{'killed':{'min':7,'max':9},'date':{'start':'2020-02-04'}}]}",
                "{'id':'own-2','events':[]}"));

        Cli.Result r = Cli.run("eval", gold.toString(), "--predictions", pred.toString(), "--format", "json");

        assertEquals(0, r.exitCode(), r::toString);
        JsonNode m = JSON.readTree(r.out());
        assertEquals("[0.6667,3]", m.get("answered").toString());
        assertEquals("[0.0,2]", m.get("killed_min_exact").toString());
        assertEquals("[0.5,2]", m.get("killed_overlap").toString());
        assertEquals("[1.0,1]", m.get("killed_zero_ok").toString());
        assertEquals("[0.3333,3]", m.get("date_exact").toString());
    }

    @Test
    void recordsWithSeveralGoldIncidentsAreScoredByIncident() throws Exception {
        Path gold = write("gold.jsonl", List.of("{'id':'n1','gold':{'events':["
                + "{'date':'2020-02-04','place':{'admin1':'Idlib'},'civilians_killed':{'min':9,'max':9}},"
                + "{'date':'2020-02-06','place':{'admin1':'Idlib'},'civilians_killed':{'min':0,'max':0}}]}}"));
        Path pred = write("pred.jsonl", List.of("{'id':'n1','events':[{'date':{'start':'2020-02-04'},"
                + "'place':{'admin1':'Idleb'},'civilians_killed':{'min':9,'max':9}}]}"));

        Cli.Result auto = Cli.run("eval", gold.toString(), "--predictions", pred.toString());
        Cli.Result records = Cli.run("eval", gold.toString(), "--predictions", pred.toString(), "--metrics", "records");

        assertEquals("incident_recall 0.500 (n=2)", row(auto.out(), "incident_recall"));
        assertEquals("civ_killed_range_exact 1.000 (n=1)", row(auto.out(), "civ_killed_range_exact"));
        assertTrue(auto.err().contains("scored by incident"), auto::toString);
        assertEquals("civ_killed_range_exact 1.000 (n=1)", row(records.out(), "civ_killed_range_exact"));
        assertTrue(!records.out().contains("incident_recall"), records::toString);
    }

    @Test
    void aBadGoldLineIsNamedAndSkippedAndABadOptionIsAUsageError() throws Exception {
        Path gold = write("gold.jsonl", List.of(GOLD.get(0), "{'id': 'broken', text", GOLD.get(2)));

        Cli.Result r = Cli.run("eval", gold.toString());
        Cli.Result format = Cli.run("eval", gold.toString(), "--format", "xml");
        Cli.Result missing = Cli.run("eval", dir.resolve("absent.jsonl").toString());

        assertEquals(ExitCodes.SOME_INPUT_SKIPPED, r.exitCode(), r::toString);
        assertTrue(r.err().contains(gold + ":2"), r::toString);
        assertEquals("answered 1.000 (n=2)", row(r.out(), "answered"));
        assertEquals(2, format.exitCode(), format::toString);
        assertTrue(format.err().contains("--format"), format::toString);
        assertEquals(3, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("absent.jsonl"), missing::toString);
    }
}
