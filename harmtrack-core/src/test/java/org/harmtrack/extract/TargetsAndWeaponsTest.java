package org.harmtrack.extract;

import static org.harmtrack.extract.Extractions.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.harmtrack.model.Event;
import org.harmtrack.model.Target;
import org.harmtrack.model.TargetKind;
import org.harmtrack.model.Weapon;
import org.harmtrack.model.WeaponKind;
import org.junit.jupiter.api.Test;

/** What was hit and with what, each traced to its words; a charge kept as a charge. Sentences written for this test. */
class TargetsAndWeaponsTest {
    private static List<TargetKind> targets(Event e) {
        return e.targets().stream().map(Target::kind).toList();
    }

    private static List<WeaponKind> weapons(Event e) {
        return e.weapons().stream().map(Weapon::kind).toList();
    }

    @Test
    void whatWasHitWithWhatAndWhereTheWordsStand() {
        String text = "A drone fired two missiles at a car near the clinic in Saraqib on Monday, killing three"
                + " civilians, rescuers said. The second missile damaged the clinic's gate.";
        Event e = extract(text).events().get(0);
        assertEquals(List.of(TargetKind.HEALTHCARE, TargetKind.VEHICLE), targets(e));
        assertEquals(List.of(WeaponKind.DRONE, WeaponKind.MISSILE), weapons(e));
        Target car = e.targets().get(1);
        assertEquals("car", text.substring(car.span().start(), car.span().end()));
        assertTrue(e.weapons().stream().noneMatch(Weapon::alleged));
    }

    @Test
    void aMeansGivenAsAChargeIsKeptAsAnAllegationWithWhoMakesIt() {
        String text = "An air strike on Saraqib on Monday killed six people. Local councils have also charged that"
                + " the jets dropped cluster bombs and white phosphorus on the market.";
        Event e = extract(text).events().get(0);
        Weapon cluster = e.weapons().stream().filter(w -> w.kind() == WeaponKind.CLUSTER_MUNITIONS).findFirst()
                .orElseThrow(() -> new AssertionError(e.weapons().toString()));
        assertEquals("Local councils", cluster.allegedBy());
        assertTrue(weapons(e).contains(WeaponKind.WHITE_PHOSPHORUS));
        // the air strike itself is told as fact
        assertNull(e.weapons().get(0).allegedBy());
        assertEquals(WeaponKind.AIRSTRIKE, e.weapons().get(0).kind());
    }

    @Test
    void aThingNamedWithoutAStrikeIsNeitherTargetNorMeans() {
        // the fighters' stocks and the town's school are named, but nothing struck them
        String text = "Shelling killed four people in Saraqib on Monday. The group was not short of artillery or"
                + " chlorine, and the town's school reopened last year.";
        Event e = extract(text).events().get(0);
        assertEquals(List.of(WeaponKind.ARTILLERY), weapons(e));
        assertTrue(e.targets().isEmpty(), e.targets()::toString);
        // idioms are not houses struck
        Event idiom = extract("Shelling killed two people in Saraqib on Monday, and at home the shelling was debated"
                + " in the House of Commons.").events().get(0);
        assertTrue(idiom.targets().isEmpty(), idiom.targets()::toString);
    }

    @Test
    void arabicTargetsAndMeans() {
        String text = "قتل أربعة مدنيين حين استهدفت طائرة مسيرة سيارة قرب مدرسة في بلدة سراقب، بينما سقطت قذائف"
                + " مدفعية على منازل الأهالي.";
        Event e = extract(text).events().get(0);
        assertTrue(targets(e).containsAll(List.of(TargetKind.VEHICLE, TargetKind.EDUCATION, TargetKind.RESIDENTIAL)),
                targets(e)::toString);
        assertTrue(weapons(e).containsAll(List.of(WeaponKind.DRONE, WeaponKind.ARTILLERY)), weapons(e)::toString);
        // quoted as the document writes it, not as it is folded for matching
        assertTrue(e.weapons().stream().anyMatch(w -> w.text().equals("قذائف")), e.weapons()::toString);
        // a word that only begins like a target is none: "محلية" (local) is no shop, "جامعة" no mosque
        Event local = extract("قتل مدنيان في قصف على البلدة بحسب مصادر محلية.").events().get(0);
        assertTrue(local.targets().isEmpty(), local.targets()::toString);
    }

    @Test
    void theFacilityTheNextLinesSpeakOfIsWhatTheStrikeHit() {
        String text = "An air strike on Hawija on Monday killed about 60 people, the ministry admitted. Far more"
                + " explosives were stored in the IED factory than the planners knew, the minister wrote.";
        Event e = extract(text).events().get(0);
        assertEquals(List.of(TargetKind.MILITARY), targets(e));
        assertEquals("IED factory", e.targets().get(0).text());
        // a place the wounded were taken to is not one that was hit
        Event taken = extract("An air strike killed two people in Saraqib on Monday. The wounded were taken to the"
                + " hospital in the next town.").events().get(0);
        assertTrue(taken.targets().isEmpty(), taken.targets()::toString);
        Event treated = extract("An air strike killed two people in Saraqib on Monday. The wounded were treated at the"
                + " Kuwaiti hospital.").events().get(0);
        assertTrue(treated.targets().isEmpty(), treated.targets()::toString);
    }

    @Test
    void whatAStrikeWasThoughtToHitGivesWayToWhatItHit() {
        Event e = extract("A bomb hit a suspected militant headquarters that turned out to be a family home in"
                + " Hawija on Monday, killing four civilians.").events().get(0);
        assertEquals(List.of(TargetKind.RESIDENTIAL), targets(e));
        Event only = extract("A bomb hit a suspected militant headquarters in Hawija on Monday, killing four"
                + " people.").events().get(0);
        assertEquals(List.of(TargetKind.MILITARY), targets(only));
    }
}
