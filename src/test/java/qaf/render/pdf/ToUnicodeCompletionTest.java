package qaf.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.GlyphTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ToUnicodeCompletionTest {
    @ParameterizedTest
    @ValueSource(strings = {"net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf",
        "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf", "qaf/fonts/NotoSansArabic-Regular.ttf",
        "qaf/fonts/NotoSansArabic-Bold.ttf", "qaf/fonts/NotoSansBengali-Regular.ttf",
        "qaf/fonts/NotoSansBengali-Bold.ttf", "qaf/fonts/NotoEmoji-Regular.ttf"})
    void theGlyphsWithAnOutlineAreTheOnesFontboxFinds(String resource) throws IOException {
        byte[] font;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            font = in.readAllBytes();
        }
        int[] expected;
        try (TrueTypeFont ttf = new TTFParser(true).parse(new RandomAccessReadBuffer(font))) {
            GlyphTable glyphs = ttf.getGlyph();
            expected = IntStream.range(1, ttf.getNumberOfGlyphs()).filter(gid -> {
                try {
                    GlyphData glyph = glyphs.getGlyph(gid);
                    return glyph != null && glyph.getNumberOfContours() != 0;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toArray();
        }
        int[] drawn = ToUnicodeCompletion.drawnGlyphs(font);
        assertTrue(drawn.length > 100, resource + " has outlines");
        assertArrayEquals(expected, drawn, resource);
    }

    @Test
    void aFontWhoseTablesPointOutsideItIsAnErrorNotAGuess() throws IOException {
        byte[] font;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("qaf/fonts/NotoSansArabic-Regular.ttf")) {
            font = in.readAllBytes();
        }
        assertThrows(IOException.class, () -> ToUnicodeCompletion.drawnGlyphs(Arrays.copyOf(font, font.length / 2)));
    }
}
