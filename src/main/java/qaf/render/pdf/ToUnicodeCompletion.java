package qaf.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.GlyphTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Gives every drawn glyph of a shaped font a /ToUnicode entry. Shaped text (Arabic joining forms,
 * Bengali conjuncts) is drawn with glyphs that no single character maps to, and OpenPDF writes no
 * ToUnicode entry for them; PDF/A-2 (6.2.11.7.2) and PDF/UA-1 (7.21.7) require one for every code.
 * The run's real text is in its /ActualText span (the glyph renderer adds it), so these glyphs map
 * to U+FFFD, the replacement character: readers and extractors take the ActualText.
 */
final class ToUnicodeCompletion {
    private static final int PER_BLOCK = 100;

    private ToUnicodeCompletion() {
    }

    /** Completes {@code type0}'s ToUnicode map; returns how many glyphs were added (0 if none lacked one). */
    static int complete(COSDictionary type0) throws IOException {
        if (!COSName.TYPE0.equals(type0.getCOSName(COSName.SUBTYPE))
                || !(type0.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream toUnicode)) {
            return 0;
        }
        COSArray descendants = type0.getCOSArray(COSName.DESCENDANT_FONTS);
        if (descendants == null || descendants.size() != 1
                || !(descendants.getObject(0) instanceof COSDictionary cidFont)
                || !isIdentity(cidFont)) {
            return 0;
        }
        COSDictionary descriptor = cidFont.getCOSDictionary(COSName.FONT_DESC);
        if (descriptor == null || !(descriptor.getDictionaryObject(COSName.FONT_FILE2) instanceof COSStream fontFile)) {
            return 0;
        }
        String cmapText;
        CMap cmap;
        try (InputStream in = toUnicode.createInputStream()) {
            cmapText = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        cmap = new CMapParser().parse(new RandomAccessReadBuffer(cmapText.getBytes(StandardCharsets.ISO_8859_1)));
        List<Integer> missing = new ArrayList<>();
        try (InputStream in = fontFile.createInputStream();
                TrueTypeFont ttf = new TTFParser(true).parse(new RandomAccessReadBuffer(in))) {
            GlyphTable glyphs = ttf.getGlyph();
            for (int gid = 1; gid < ttf.getNumberOfGlyphs() && gid <= 0xFFFF; gid++) {
                GlyphData glyph = glyphs.getGlyph(gid);
                if (glyph != null && glyph.getNumberOfContours() != 0 && cmap.toUnicode(gid) == null) {
                    missing.add(gid);
                }
            }
        }
        if (missing.isEmpty()) {
            return 0;
        }
        int end = cmapText.lastIndexOf("endcmap");
        if (end < 0) {
            return 0;
        }
        StringBuilder added = new StringBuilder();
        for (int i = 0; i < missing.size(); i += PER_BLOCK) {
            List<Integer> block = missing.subList(i, Math.min(missing.size(), i + PER_BLOCK));
            added.append(block.size()).append(" beginbfchar\n");
            for (int gid : block) {
                added.append(String.format("<%04X> <FFFD>%n", gid));
            }
            added.append("endbfchar\n");
        }
        byte[] rewritten = (cmapText.substring(0, end) + added + cmapText.substring(end))
                .getBytes(StandardCharsets.ISO_8859_1);
        try (OutputStream out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(rewritten);
        }
        return missing.size();
    }

    /** Codes are glyph ids only with an identity CIDToGIDMap (what OpenPDF writes for Identity-H). */
    private static boolean isIdentity(COSDictionary cidFont) {
        var map = cidFont.getDictionaryObject(COSName.CID_TO_GID_MAP);
        return map == null || COSName.IDENTITY.equals(map);
    }
}
