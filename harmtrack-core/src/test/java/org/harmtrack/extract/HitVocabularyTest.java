package org.harmtrack.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.harmtrack.model.TargetKind;
import org.harmtrack.model.WeaponKind;
import org.junit.jupiter.api.Test;

/** What a user types for a filter, read as a kind of the vocabularies. */
class HitVocabularyTest {
    @Test
    void aKindsNameOrTheWordsOfOneNameIt() {
        assertEquals(Optional.of(TargetKind.HEALTHCARE), HitVocabulary.target("hospital"));
        assertEquals(Optional.of(TargetKind.HEALTHCARE), HitVocabulary.target(" Healthcare "));
        assertEquals(Optional.of(TargetKind.RESIDENTIAL), HitVocabulary.target("family  home"));
        assertEquals(Optional.of(TargetKind.HEALTHCARE), HitVocabulary.target("مشفى"));
        assertEquals(Optional.of(WeaponKind.CLUSTER_MUNITIONS), HitVocabulary.weapon("cluster munitions"));
        assertEquals(Optional.of(WeaponKind.CLUSTER_MUNITIONS), HitVocabulary.weapon("cluster bombs"));
        assertEquals(Optional.of(WeaponKind.BARREL_BOMB), HitVocabulary.weapon("barrel_bomb"));
        assertEquals(Optional.of(WeaponKind.IED), HitVocabulary.weapon("IED"));
    }

    @Test
    void wordsThatOnlyContainOneAreNone() {
        assertEquals(Optional.empty(), HitVocabulary.target("the hospital director"));
        assertEquals(Optional.empty(), HitVocabulary.target(""));
        assertEquals(Optional.empty(), HitVocabulary.weapon("bombs"));
        assertEquals(Optional.empty(), HitVocabulary.weapon(null));
    }
}
