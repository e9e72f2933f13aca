package org.harmtrack.extract;

import static org.harmtrack.extract.Extractions.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.harmtrack.model.Event;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Range;
import org.harmtrack.model.Victim;
import org.junit.jupiter.api.Test;

/** The victims a report lists, by name or by relation, each traced to its words. Sentences written for this test. */
class VictimsTest {
    private static Victim named(Event e, String name) {
        return e.victims().stream().filter(v -> name.equals(v.name())).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + e.victims()));
    }

    @Test
    void namedVictimsWithTheirAgesRelationsAndWhatBefellThem() {
        String text = "A shell struck the market in Saraqib on Monday. Omar Haddad, 12, was killed and his brother"
                + " Bilal, 15, was wounded.";
        Event e = extract(text).events().get(0);
        Victim omar = named(e, "Omar Haddad");
        assertEquals(12, omar.age());
        assertEquals(Victim.AgeGroup.CHILD, omar.ageGroup());
        assertEquals(Measure.KILLED, omar.outcome());
        assertTrue(text.substring(omar.span().start(), omar.span().end()).startsWith("Omar Haddad, 12"));
        Victim bilal = named(e, "Bilal");
        assertEquals(15, bilal.age());
        assertEquals(Victim.Gender.MALE, bilal.gender());
        assertEquals(Measure.INJURED, bilal.outcome());
        assertEquals("brother", bilal.relation());
        // the ages are no tolls: one killed and one wounded, the two named
        assertEquals(Range.exactly(1), e.killed());
        assertEquals(Range.exactly(1), e.injured());
    }

    @Test
    void aCountBeforeTheNamesIsTheTollAndTheNamesAreNotAddedToIt() {
        Event counted = extract("A shell killed two children, Omar Haddad, 12, and his sister Lina, 9, in Saraqib on"
                + " Monday.").events().get(0);
        assertEquals(Range.exactly(2), counted.killed());
        assertEquals(2, counted.victims().size());
        Event named = extract("A shell killed Omar Haddad, 12, and his sister Lina, 9, in Saraqib on Monday.")
                .events().get(0);
        assertEquals(Range.exactly(2), named.killed());
    }

    @Test
    void relativesToldByTheirTieToSomeoneNamed() {
        String text = "Khalid Nasser told reporters that he lost four of his children when a missile hit his house"
                + " in Saraqib on Monday.";
        Event e = extract(text).events().get(0);
        assertEquals(1, e.victims().size(), e.victims()::toString);
        Victim children = e.victims().get(0);
        assertNull(children.name());
        assertEquals(4, children.count());
        assertEquals("children of Khalid Nasser", children.relation());
        assertEquals(Victim.AgeGroup.CHILD, children.ageGroup());
        assertEquals(Measure.KILLED, children.outcome());
        assertEquals("four of his children", text.substring(children.span().start(), children.span().end()));
    }

    @Test
    void namesAfterIdentifiedAsAndTheNextLineOfTheStrike() {
        String text = "An air strike killed three civilians in Saraqib on Monday. The dead were identified as Samir"
                + " Daher, his daughter Lina Daher and Rami Saleh.";
        Event e = extract(text).events().get(0);
        assertEquals(List.of("Samir Daher", "Lina Daher", "Rami Saleh"),
                e.victims().stream().map(Victim::name).toList());
        assertEquals(Victim.Gender.FEMALE, named(e, "Lina Daher").gender());
        assertTrue(e.victims().stream().allMatch(v -> v.outcome() == Measure.KILLED));
    }

    @Test
    void aVictimNamedTwiceIsOneVictim() {
        String text = "A drone strike on a car near Saraqib on Monday killed Yasser Omran, 34. Yasser Omran, 34, was a"
                + " baker, his neighbours said after he was killed.";
        Event e = extract(text).events().get(0);
        assertEquals(1, e.victims().size(), e.victims()::toString);
    }

    @Test
    void datesPlacesAndCountsAreNoVictims() {
        for (String text : List.of(
                "Shelling on Saraqib on Monday, 14 March, killed five people and wounded 12, rescuers said.",
                "In Saraqib, 14 people were killed in the raid on Monday, and his two houses were destroyed.",
                "The strike killed six people; the council met on March 14, 2024, to count the dead.")) {
            Event e = extract(text).events().get(0);
            assertTrue(e.victims().isEmpty(), () -> text + " -> " + e.victims());
        }
    }

    @Test
    void aSentenceWithoutHarmListsNoVictims() {
        String text = "An air strike killed two people in Saraqib on Monday. The mayor, Samir Daher, 58, and his son"
                + " Rami visited the site on Tuesday.";
        Event e = extract(text).events().get(0);
        assertTrue(e.victims().isEmpty(), e.victims()::toString);
    }

    @Test
    void arabicVictimsByNameWithTheirAgesAndByRelation() {
        String text = "قتل الطفل سامر خليل الحسن 9 سنوات، وأصيب والده بجروح، جراء قصف مدفعي على بلدة سراقب يوم الاثنين،"
                + " كما أصيب في القصف مدنيان هم: هدى سالم العلي (١٢ عاماً)، وكريم سالم العلي (عامان).";
        Event e = extract(text).events().get(0);
        Victim samer = named(e, "سامر خليل الحسن");
        assertEquals(9, samer.age());
        assertEquals(Victim.Gender.MALE, samer.gender());
        assertEquals(Measure.KILLED, samer.outcome());
        Victim father = e.victims().stream().filter(v -> "father".equals(v.relation())).findFirst()
                .orElseThrow(() -> new AssertionError(e.victims().toString()));
        assertEquals(Measure.INJURED, father.outcome());
        Victim huda = named(e, "هدى سالم العلي");
        assertEquals(12, huda.age()); // Arabic-Indic digits
        assertEquals(Measure.INJURED, huda.outcome());
        assertEquals(2, named(e, "كريم سالم العلي").age()); // the dual: two years, and the list's "و" is no part of it
        assertEquals("هدى سالم العلي (١٢ عاماً)", text.substring(huda.span().start(), huda.span().end()));
    }

    @Test
    void arabicWordsAfterAWordOfWhoTheyWereAreANameOnlyWhereANameCanEnd() {
        String text = "قتل مدنيان في قصف على بلدة سراقب يوم الاثنين، وكان الطفل يلعب قرب المنزل ووالدته تراقبه وتعاين"
                + " المكان.";
        Event e = extract(text).events().get(0);
        assertTrue(e.victims().isEmpty(), e.victims()::toString); // nor is a relative harm does not reach
    }

    @Test
    void witnessesNationalitiesAndUntoldCountsAreNoVictims() {
        Event witness = extract("Ahmed Khalil, 45, said the air strike on Saraqib on Monday killed his neighbours.")
                .events().get(0);
        assertTrue(witness.victims().isEmpty(), witness.victims()::toString);
        assertTrue(witness.killed() == null || witness.killed().max() != 45, witness::toString);
        for (String text : List.of("A 16-year-old Palestinian was killed by gunfire near Nablus on Monday.",
                "An air strike on Saraqib on Monday killed his children, the father said.",
                "An air strike on Saraqib on Monday killed 0 of his children, the ministry said.")) {
            Event e = extract(text).events().get(0);
            assertTrue(e.victims().isEmpty(), () -> text + " -> " + e.victims());
        }
    }

    @Test
    void anArabicNameWithItsAgeAfterItAndAListItemAfterAWordOfHarm() {
        String text = "قتل الطفل محمد علي الرشيد البالغ من العمر 10 سنوات، واستشهد همام علي (15 عاماً)  و  نور"
                + "  سالم (٨ أعوام) في قصف على بلدة سراقب يوم الاثنين.";
        Event e = extract(text).events().get(0);
        Victim child = named(e, "محمد علي الرشيد");
        assertEquals(10, child.age());
        assertTrue(text.substring(child.span().start(), child.span().end()).endsWith("10 سنوات"), child::toString);
        Victim humam = named(e, "همام علي");
        assertEquals(15, humam.age());
        Victim nour = named(e, "نور سالم"); // the words of the text, whatever the spaces between them
        assertTrue(text.substring(nour.span().start(), nour.span().end()).startsWith("نور"), nour::toString);
    }

    @Test
    void aListOfManyNamesIsReadInOnePass() {
        StringBuilder text = new StringBuilder("An air strike on Saraqib on Monday killed ");
        for (int i = 0; i < 400; i++) {
            // 400 different family names: "Kab", "Kac" ...
            String family = "K" + (char) ('a' + i / 26) + (char) ('a' + i % 26);
            text.append("Omar ").append(family).append(", ").append(20 + i % 50).append(", ");
        }
        text.append("and Lina Omran, 9.");
        Event e = extract(text.toString()).events().get(0);
        assertEquals(401, e.victims().size());
        assertEquals(Range.exactly(401), e.killed()); // the named, not their ages

    }
}
