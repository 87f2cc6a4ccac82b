package org.layerwise.load;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsTest {

    @Test
    void latinTitlesBecomeAsciiWordsJoinedByHyphens() {
        assertEquals("serum-vs-ampoule-which", Slugs.of("Serum vs Ampoule: Which?"));
        assertEquals("creme-brulee-toner", Slugs.of("  Crème brûlée_toner! "));
        assertEquals("spf-50", Slugs.of("SPF 50+"));
    }

    @Test
    void otherScriptsKeepTheirLettersAndMarks() {
        assertEquals("세럼과-앰플", Slugs.of("세럼과 앰플"));
        assertEquals("化粧水とは", Slugs.of("化粧水とは？"));
        assertEquals("सीरम-क्या-है", Slugs.of("सीरम क्या है"));
        assertEquals("сыворотка", Slugs.of("Сыворотка"));
    }

    @Test
    void aTitleWithoutLettersOrDigitsHasNoSlug() {
        assertEquals("", Slugs.of("?!"));
        assertEquals("", Slugs.of("   "));
    }

    @Test
    void everySlugMadeIsAValidAddressAndTheRuleRefusesTheRest() {
        for (String title : new String[] {"세럼과 앰플", "Serum vs Ampoule", "सीरम क्या है", "Crème", "Сыворотка 2"}) {
            assertTrue(Slugs.isAddress(Slugs.of(title)), title);
        }
        assertFalse(Slugs.isAddress("Serum"), "uppercase");
        assertFalse(Slugs.isAddress("serum_guide"), "underscore");
        assertFalse(Slugs.isAddress("serum--guide"), "double hyphen");
        assertFalse(Slugs.isAddress("-serum"), "leading hyphen");
        assertFalse(Slugs.isAddress(Normalizer.normalize("세럼", Normalizer.Form.NFD)), "not NFC");
    }
}
