package qaf.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import qaf.render.pdf.PdfSyntax.Span;

class PdfSyntaxTest {
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String value(String text) {
        byte[] b = bytes(text);
        return text.substring(0, PdfSyntax.valueEnd(b, 0, b.length));
    }

    @Test
    void findsTheEndOfEachKindOfValue() {
        assertEquals("12 0 R", value("12 0 R/Next"));
        assertEquals("12", value("12 0 obj"));
        assertEquals("595.3", value("595.3 842]"));
        assertEquals("/ABCDEF+DejaVuSans", value("/ABCDEF+DejaVuSans/Flags 4"));
        assertEquals("(a (nested) \\) string)", value("(a (nested) \\) string) tail"));
        assertEquals("<FEFF0041>", value("<FEFF0041>>"));
        assertEquals("[1 0 R 2 0 R]", value("[1 0 R 2 0 R] 3"));
        assertEquals("<</K[<</Pg 5 0 R>>]/T(>>)>>", value("<</K[<</Pg 5 0 R>>]/T(>>)>>stream"));
    }

    @Test
    void readsDictionaryEntriesInOrderWithTheirValues() {
        byte[] b = bytes("<</Type/FontDescriptor /FontName /ABCDEF+DejaVuSans/CIDSet 7 0 R % note\n/Flags 32>>");
        Map<String, Span> entries = PdfSyntax.dictionary(b, 0, b.length);
        assertEquals(List.of("Type", "FontName", "CIDSet", "Flags"), List.copyOf(entries.keySet()));
        assertEquals("FontDescriptor", PdfSyntax.name(b, entries.get("Type")));
        assertEquals(7, PdfSyntax.reference(b, entries.get("CIDSet")));
        assertEquals(-1, PdfSyntax.reference(b, entries.get("Flags")));
        assertEquals("32", entries.get("Flags").text(b));
    }

    @Test
    void readsTheReferencesOfAnArray() {
        byte[] b = bytes("[ 10 0 R 11 0 R\n12 0 R ]");
        List<Span> values = PdfSyntax.array(b, 0, b.length);
        assertEquals(List.of(10, 11, 12), values.stream().map(s -> PdfSyntax.reference(b, s)).toList());
    }

    @Test
    void failsLoudlyOnWhatItDoesNotUnderstand() {
        byte[] b = bytes("<</Title (unterminated>>");
        assertThrows(IllegalStateException.class, () -> PdfSyntax.dictionary(b, 0, b.length));
        byte[] notDictionary = bytes("[1 2]");
        assertThrows(IllegalStateException.class, () -> PdfSyntax.dictionary(notDictionary, 0, notDictionary.length));
    }
}
