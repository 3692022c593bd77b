package qaf.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.junit.jupiter.api.Test;

class ArtifactMarkerTest {
    private static String mark(String content) throws IOException {
        List<Object> tokens = new PDFStreamParser(content.getBytes(StandardCharsets.US_ASCII))
                .parse();
        List<Object> marked = ArtifactMarker.mark(tokens);
        assertEquals(marked != null, PaintingScan.hasUnmarkedPainting(content.getBytes(StandardCharsets.US_ASCII)),
                "the byte scan and the rewrite disagree on: " + content);
        if (marked == null) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ContentStreamWriter(out).writeTokens(marked);
        return out.toString(StandardCharsets.US_ASCII).replaceAll("\\s+", " ").trim();
    }

    @Test
    void wrapsUnmarkedPathsFromConstructionToPainting() throws IOException {
        assertEquals("q 0.5 w /Artifact BMC 10 10 m 20 10 l S EMC Q", mark("q 0.5 w 10 10 m 20 10 l S Q"));
    }

    @Test
    void leavesTaggedContentAlone() throws IOException {
        assertNull(mark("/P <</MCID 0>> BDC BT /F1 8 Tf (x) Tj ET 0 0 5 5 re f EMC"));
    }

    @Test
    void wrapsAWholeUnmarkedTextObject() throws IOException {
        assertEquals("/Artifact BMC BT /F1 8 Tf (Page 1 of) Tj ET EMC", mark("BT /F1 8 Tf (Page 1 of) Tj ET"));
    }

    @Test
    void wrapsOnlyTheUnmarkedTextInsideAPartlyTaggedTextObject() throws IOException {
        assertEquals("BT /Artifact BMC (a) Tj EMC /P <</MCID 0 >> BDC (b) Tj EMC ET",
                mark("BT (a) Tj /P <</MCID 0>> BDC (b) Tj EMC ET"));
    }

    @Test
    void leavesAFullyTaggedTextObjectAlone() throws IOException {
        assertNull(mark("BT /P <</MCID 0>> BDC (b) Tj EMC ET"));
    }

    @Test
    void leavesATextObjectThatShowsNothingAlone() throws IOException {
        assertNull(mark("BT 36 559 Td ET"));
    }

    @Test
    void scanSkipsOperatorLookalikesInStringsDictionariesAndInlineImages() {
        String tagged = "/P <</MCID 0 /Alt (re f S) /E <0A0B>>> BDC BT (S f re \\) Tj) Tj ET EMC "
                + "/Figure <</MCID 1>> BDC BI /W 1 /H 1 /BPC 8 /CS /G ID \u00ff\u0066 EI EMC";
        assertFalse(PaintingScan.hasUnmarkedPainting(tagged.getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(PaintingScan.hasUnmarkedPainting("BI /W 1 /H 1 ID x EI".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void wrapsXObjectsAndShadings() throws IOException {
        assertEquals("/Artifact BMC /Im1 Do EMC /Artifact BMC /Sh1 sh EMC", mark("/Im1 Do /Sh1 sh"));
    }
}
