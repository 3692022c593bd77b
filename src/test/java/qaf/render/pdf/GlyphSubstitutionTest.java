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
    void replacesEachMissingEmojiSequenceWithOneVisibleMark() {
        GlyphSubstitution glyphs = GlyphSubstitution.forDejaVuSans();
        // man + ZWJ + woman + ZWJ + girl, then thumbs up with a skin tone and a variation selector.
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String thumbs = "\uD83D\uDC4D\uD83C\uDFFD\uFE0F";
        assertEquals("a \u25A1 b \u25A1 c", glyphs.apply("a " + family + " b " + thumbs + " c"));
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
