package org.harmtrack.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A made-up but realistic batch of reports for the crash test: strikes on real towns of Syria and Iraq, each told
 * by several outlets in different words and with different figures, so that ingesting it writes articles, events,
 * figures and sources and links reports into incidents. The same seed always gives the same reports.
 */
public final class CrashCorpus {
    private static final List<String> TOWNS = List.of("Saraqib", "Ariha", "Maarat al-Numan", "Jisr al-Shughur",
            "Khan Shaykhun", "Atarib", "Darat Izza", "Kafr Nabl", "Binnish", "Taftanaz", "Sarmin", "Al-Bab", "Manbij",
            "Raqqa", "Tabqa", "Mayadin", "Hajin", "Douma", "Harasta", "Mosul", "Tal Afar", "Fallujah", "Ramadi",
            "Hit", "Kafr Zita", "Latamneh", "Morek", "Saqba", "Arbin", "Hamouriyah");
    private static final List<String> ATTACKERS = List.of("Russian warplanes", "Syrian government helicopters",
            "US-led coalition aircraft", "regime artillery", "Turkish drones");
    private static final List<String> OUTLETS = List.of("a local rescue group", "the town's medical council",
            "a monitoring group based in Britain", "activists in the area", "the civil defence");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    private CrashCorpus() {
    }

    /** Writes {@code reports} reports as JSON Lines to {@code file}. */
    public static void write(Path file, int reports, long seed) throws IOException {
        Random random = new Random(seed);
        ObjectMapper json = new ObjectMapper();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int written = 0;
            for (int strike = 0; written < reports; strike++) {
                String town = TOWNS.get(random.nextInt(TOWNS.size()));
                String attacker = ATTACKERS.get(random.nextInt(ATTACKERS.size()));
                LocalDate day = LocalDate.of(2017, 1, 1).plusDays(random.nextInt(1200));
                int killed = 1 + random.nextInt(30);
                int tellings = 1 + random.nextInt(6);
                for (int t = 0; t < tellings && written < reports; t++, written++) {
                    ObjectNode doc = json.createObjectNode();
                    doc.put("id", "crash-" + strike + "-" + t);
                    doc.put("title", "Strike on " + town + (t % 2 == 0 ? " kills civilians" : ": toll rises"));
                    doc.put("published", day.plusDays(random.nextInt(3)).toString());
                    doc.put("text", telling(random, t, town, attacker, day, killed));
                    out.write(json.writeValueAsString(doc));
                    out.write('\n');
                }
            }
        }
    }

    private static String telling(Random random, int variant, String town, String attacker, LocalDate day,
                                  int killed) {
        String date = day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
        String outlet = OUTLETS.get(random.nextInt(OUTLETS.size()));
        int told = Math.max(1, killed + random.nextInt(5) - 2);
        int children = random.nextInt(Math.max(1, told / 3) + 1);
        String lead = switch (variant % 3) {
            case 0 -> attacker + " struck a market in " + town + " on " + date + ", killing " + told
                    + " civilians, " + children + " of them children, " + outlet + " said.";
            case 1 -> "At least " + told + " civilians were killed when " + attacker + " hit homes in " + town
                    + " on " + date + ", according to " + outlet + ".";
            default -> "An air strike on " + town + " on " + date + " killed " + told + " people and wounded "
                    + (told + random.nextInt(20)) + ", " + outlet + " reported, blaming " + attacker + ".";
        };
        StringBuilder text = new StringBuilder(lead);
        text.append(" Rescue workers were still searching the rubble for survivors late in the day.");
        if (random.nextBoolean()) {
            text.append(" Residents said the area had no military positions and that families had returned only"
                    + " weeks before.");
        }
        text.append(" The attack came amid a wider offensive in the region that has displaced thousands.");
        return text.toString();
    }
}
