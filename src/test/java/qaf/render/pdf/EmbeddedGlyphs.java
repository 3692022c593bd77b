package qaf.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Test helper: what a PDF's text layer holds and whether each character was drawn with a real glyph
 * of an embedded font (not .notdef, which viewers show as an empty box, and not a substitute font).
 */
public final class EmbeddedGlyphs {
    private EmbeddedGlyphs() {
    }

    /** The text as PDFBox extracts it (content order, its own bidi handling). */
    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every /ActualText of every page, in content order: the logical text of each shaped run, as a
     * screen reader or a bidi-aware extractor reads it. PDFBox's own stripper re-applies bidi
     * reordering to it, which scrambles a line that mixes left-to-right and right-to-left text.
     */
    public static String actualTexts(byte[] pdf) {
        StringBuilder out = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var page : doc.getPages()) {
                for (Object token : new org.apache.pdfbox.pdfparser.PDFStreamParser(page).parse()) {
                    if (token instanceof org.apache.pdfbox.cos.COSDictionary d
                            && d.containsKey(org.apache.pdfbox.cos.COSName.ACTUAL_TEXT)) {
                        out.append(d.getString(org.apache.pdfbox.cos.COSName.ACTUAL_TEXT)).append('\n');
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** NFC, whitespace folded, emoji presentation selectors dropped: what a reader would compare. */
    static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replace("\uFE0F", "").replaceAll("\\s+", " ").strip();
    }

    /**
     * The characters of {@code expected} (spaces, joiners and selectors aside) that no glyph drawn in
     * the PDF stands for, as "U+XXXX" separated by spaces; empty when every one was drawn with a
     * non-.notdef glyph of an embedded font.
     */
    static String missing(byte[] pdf, String expected) {
        Set<Integer> drawn = new TreeSet<>();
        Set<String> problems = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        PDFont font = p.getFont();
                        if (!font.isEmbedded()) {
                            problems.add("font " + font.getName() + " is not embedded");
                            continue;
                        }
                        boolean notdef = false;
                        for (int code : p.getCharacterCodes()) {
                            if (font instanceof PDType0Font t0 && t0.codeToGID(code) == 0) {
                                notdef = true;
                            }
                        }
                        if (notdef) {
                            problems.add(".notdef drawn in " + font.getName());
                        } else if (p.getUnicode() != null) {
                            p.getUnicode().codePoints().forEach(drawn::add);
                        }
                    }
                }
            };
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder out = new StringBuilder();
        problems.forEach(p -> out.append(p).append("; "));
        Normalizer.normalize(expected, Normalizer.Form.NFC).codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && cp != 0x200D && cp != 0xFE0F && !drawn.contains(cp))
                .distinct().forEach(cp -> out.append(String.format("U+%04X ", cp)));
        return out.toString().strip();
    }
}
