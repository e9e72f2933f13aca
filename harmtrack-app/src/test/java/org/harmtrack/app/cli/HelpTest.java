package org.harmtrack.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.harmtrack.app.Cli;
import org.junit.jupiter.api.Test;

class HelpTest {
    /** The "Commands:" section of the top-level help, one entry per command with its wrapped lines joined. */
    private static List<String[]> commands(String help) {
        List<String[]> out = new ArrayList<>();
        boolean in = false;
        for (String line : help.split("\n")) {
            if (line.startsWith("Commands:")) {
                in = true;
            } else if (in && line.matches("  \\S.*")) {
                String[] parts = line.trim().split("\\s{2,}", 2);
                out.add(new String[] {parts[0], parts.length > 1 ? parts[1] : ""});
            } else if (in && line.startsWith("    ")) {
                String[] last = out.get(out.size() - 1);
                last[1] = (last[1] + " " + line.trim()).trim();
            }
        }
        return out;
    }

    @Test
    void theTopLevelHelpGivesEveryCommandAWholeSentenceAndEachCommandHasItsOwnHelp() {
        Cli.Result top = Cli.run("--help");

        assertEquals(0, top.exitCode(), top::toString);
        List<String[]> commands = commands(top.out());
        assertTrue(commands.size() >= 15, top::toString);
        for (String[] c : commands) {
            assertTrue(c[1].endsWith("."), () -> "the summary of '" + c[0] + "' is cut: " + c[1]);
            if (!c[0].equals("help") && !c[0].equals("gazetteer")) {
                Cli.Result own = Cli.run(c[0], "--help");
                assertEquals(0, own.exitCode(), own::toString);
                assertTrue(own.out().startsWith("Usage: harmtrack " + c[0]), own::toString);
            }
        }
    }
}
