package qaf.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class GlyphSubstitutionTest {
    @Test
    void keepsLatinWithDiacriticsArabicAndMarkup() {
        GlyphSubstitution glyphs = GlyphSubstitution.forDejaVuSans();
        String text = "Zoë Łukasz Siobhán Nguyễn Ștefan صوت الطفل <&>${}";
        assertEquals(text, glyphs.apply(text));
        assertEquals(0, glyphs.substitutedCount());
    }

    @Test
    void keepsUrduBengaliAndEmojiSequencesTheBundledFontsDraw() {
        GlyphSubstitution glyphs = GlyphSubstitution.forHouseFonts();
        // Urdu with ے and ہ, Bengali, man + ZWJ + woman + ZWJ + girl, thumbs up with a skin tone.
        String text = "بچے نے کہا ہے শিশুটি \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83D\uDC4D\uD83C\uDFFD\uFE0F";
        assertEquals(text, glyphs.apply(text));
        assertEquals(0, glyphs.substitutedCount());
    }

    @Test
    void replacesEachCharacterNoBundledFontHasWithOneVisibleMarkSelectorsIncluded() {
        GlyphSubstitution glyphs = GlyphSubstitution.forHouseFonts();
        // CJK ideographs (no bundled font has them), the second with a variation selector that belongs to it.
        assertEquals("a \u25A1 b \u25A1 c", glyphs.apply("a \u5B69 b \u5B50\uFE0F c"));
        assertEquals(2, glyphs.substitutedCount());
    }

    @Test
    void dropsControlCharactersAndNormalisesLineEnds() {
        GlyphSubstitution glyphs = GlyphSubstitution.forDejaVuSans();
        assertEquals("one\ntwo\nthree\tfour", glyphs.apply("one\r\ntwo\rthree\tfo\u0007ur"));
        assertEquals(0, glyphs.substitutedCount());
    }

    @Test
    void nullStaysNull() {
        assertNull(GlyphSubstitution.forDejaVuSans().apply(null));
    }
}
