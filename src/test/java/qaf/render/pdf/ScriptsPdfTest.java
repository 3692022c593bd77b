package qaf.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.Inline;
import qaf.document.TableLayout;
import qaf.render.RenderContext;

/**
 * Text in the scripts qaf's users write (Urdu, Arabic, Bengali, Polish, Irish) and emoji is drawn
 * with embedded glyphs, extracts from the PDF as it was written, and keeps the file PDF/A-2a and
 * PDF/UA-1 compliant.
 */
class ScriptsPdfTest {
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-03-31T00:00:00Z"), "qaf test");
    private static final Path SAMPLES = Path.of(System.getProperty("qaf.samples", "target/pdf-samples"));

    /** Invented sentences; Urdu with ے and ہ (the letters DejaVu Sans lacks). */
    static final String URDU = "بچے نے کہا کہ اسے اسکول پسند ہے";
    static final String ARABIC = "قالت الطفلة إنها تشعر بالأمان";
    static final String BENGALI = "শিশুটি বলেছে সে স্কুলে নিরাপদ";
    static final String POLISH = "Zażółć gęślą jaźń, Łucja Wróblewska";
    static final String IRISH = "Siobhán Ní Bhriain agus Pádraig Ó Súilleabháin";
    static final String EMOJI = "Feedback 😀 👍🏽 ❤️ 🧒";
    static final List<String> LINES = List.of(URDU, ARABIC, BENGALI, POLISH, IRISH, EMOJI);
    /** English and Urdu in one line: drawn as one shaped run, its logical text kept as /ActualText. */
    static final String MIXED = "Aisha said: " + URDU + " (translated)";

    static BlockDocument document() {
        DocumentMeta meta = new DocumentMeta("scripts-test", "Kestrel Vale Safeguarding Children Partnership",
                "Voices in many scripts", "", Audience.BOARD, List.of());
        List<Block> body = new java.util.ArrayList<>();
        body.add(new Block.Heading(1, "What children said"));
        for (String line : LINES) {
            body.add(Block.Paragraph.of(Inline.plain(line)));
        }
        body.add(Block.Paragraph.of(Inline.plain(MIXED)));
        body.add(new Block.Table(new DataTable("voices", List.of("Script", "Words"), List.of(
                List.of("Urdu", URDU), List.of("Bengali", BENGALI), List.of("Emoji", EMOJI))), TableLayout.TWO));
        return new BlockDocument(meta, "scripts", "Statuses as at 31 March 2019", body);
    }

    static byte[] render() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BlockPdf().render(document(), CONTEXT, out);
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve("scripts.pdf"), out.toByteArray());
        return out.toByteArray();
    }

    @Test
    void everyScriptAndEmojiIsDrawnWithAnEmbeddedGlyph() throws IOException {
        byte[] pdf = render();
        String missing = EmbeddedGlyphs.missing(pdf, String.join("", LINES));
        assertEquals("", missing, "characters with no glyph in any embedded font");
    }

    @Test
    void textExtractsInLogicalOrder() throws IOException {
        String text = EmbeddedGlyphs.text(render());
        assertFalse(text.contains(GlyphSubstitution.REPLACEMENT), text);
        for (String line : LINES) {
            assertTrue(EmbeddedGlyphs.normalise(text).contains(EmbeddedGlyphs.normalise(line)),
                    "not extracted as written: " + line + "\nin:\n" + text);
        }
    }

    @Test
    void aLineMixingEnglishAndUrduKeepsItsLogicalOrderInTheTextLayer() throws IOException {
        assertTrue(EmbeddedGlyphs.actualTexts(render()).contains(MIXED), "mixed-direction line not in logical order");
    }

    @Test
    void staysPdfAAndPdfUaCompliant() throws IOException {
        VeraPdf.assertCompliant(render(), "scripts");
    }
}
