package qaf.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
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

    /** Completes {@code type0}'s ToUnicode map; whether any glyph lacked an entry. */
    static boolean complete(COSDictionary type0) throws IOException {
        if (!COSName.TYPE0.equals(type0.getCOSName(COSName.SUBTYPE))
                || !(type0.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream toUnicode)) {
            return false;
        }
        COSArray descendants = type0.getCOSArray(COSName.DESCENDANT_FONTS);
        if (descendants == null || descendants.size() != 1
                || !(descendants.getObject(0) instanceof COSDictionary cidFont)
                || !isIdentity(cidFont)) {
            return false;
        }
        COSDictionary descriptor = cidFont.getCOSDictionary(COSName.FONT_DESC);
        if (descriptor == null || !(descriptor.getDictionaryObject(COSName.FONT_FILE2) instanceof COSStream fontFile)) {
            return false;
        }
        byte[] cmapBytes;
        byte[] fontBytes;
        try (InputStream in = toUnicode.createInputStream()) {
            cmapBytes = in.readAllBytes();
        }
        try (InputStream in = fontFile.createInputStream()) {
            fontBytes = in.readAllBytes();
        }
        byte[] rewritten = completed(cmapBytes, fontBytes);
        if (rewritten == null) {
            return false;
        }
        try (OutputStream out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(rewritten);
        }
        return true;
    }

    /**
     * The ToUnicode CMap {@code cmapBytes} (decoded) of an Identity-H font whose embedded TrueType
     * program is {@code fontBytes} (decoded), with an entry added for every drawn glyph it lacks;
     * null when none lacks one. The streaming pass, which holds no PDFBox document, calls this on raw
     * stream data.
     */
    static byte[] completed(byte[] cmapBytes, byte[] fontBytes) throws IOException {
        String cmapText = new String(cmapBytes, StandardCharsets.ISO_8859_1);
        CMap cmap = new CMapParser().parse(new RandomAccessReadBuffer(cmapBytes));
        List<Integer> missing = new ArrayList<>();
        for (int gid : drawnGlyphs(fontBytes)) {
            if (cmap.toUnicode(gid) == null) {
                missing.add(gid);
            }
        }
        if (missing.isEmpty()) {
            return null;
        }
        int end = cmapText.lastIndexOf("endcmap");
        if (end < 0) {
            return null;
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
        return (cmapText.substring(0, end) + added + cmapText.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * The glyph ids from 1 to 0xFFFF that have an outline (a glyph record whose number of contours is
     * not 0), read from the font's table directory, {@code loca} and the first two bytes of each glyph
     * record only: parsing every glyph of every subset with fontbox cost more than the rest of the
     * font pass. Agrees with fontbox's {@code GlyphTable.getGlyph(gid).getNumberOfContours() != 0},
     * which a test checks on every house font.
     */
    static int[] drawnGlyphs(byte[] font) throws IOException {
        ByteBuffer data = ByteBuffer.wrap(font);
        try {
            int tables = data.getShort(4) & 0xFFFF;
            int head = -1;
            int maxp = -1;
            int loca = -1;
            int glyf = -1;
            long glyfLength = 0;
            for (int t = 0; t < tables; t++) {
                int record = 12 + 16 * t;
                int offset = data.getInt(record + 8);
                switch (new String(font, record, 4, StandardCharsets.ISO_8859_1)) {
                    case "head" -> head = offset;
                    case "maxp" -> maxp = offset;
                    case "loca" -> loca = offset;
                    case "glyf" -> {
                        glyf = offset;
                        glyfLength = data.getInt(record + 12) & 0xFFFFFFFFL;
                    }
                    default -> {
                    }
                }
            }
            if (head < 0 || maxp < 0 || loca < 0 || glyf < 0) {
                throw new IOException("an embedded font lacks one of its head, maxp, loca and glyf tables");
            }
            boolean longOffsets = data.getShort(head + 50) != 0;
            int glyphs = data.getShort(maxp + 4) & 0xFFFF;
            int[] drawn = new int[glyphs];
            int count = 0;
            for (int gid = 1; gid < glyphs; gid++) {
                long start = longOffsets ? data.getInt(loca + 4 * gid) & 0xFFFFFFFFL
                        : 2L * (data.getShort(loca + 2 * gid) & 0xFFFF);
                long end = longOffsets ? data.getInt(loca + 4 * gid + 4) & 0xFFFFFFFFL
                        : 2L * (data.getShort(loca + 2 * gid + 2) & 0xFFFF);
                // Like fontbox: an empty record, or one starting at the table's end, has no outline.
                if (start != end && start != glyfLength && data.getShort(Math.toIntExact(glyf + start)) != 0) {
                    drawn[count++] = gid;
                }
            }
            return Arrays.copyOf(drawn, count);
        } catch (IndexOutOfBoundsException | ArithmeticException e) {
            throw new IOException("an embedded font's tables point outside the font", e);
        }
    }

    /** Codes are glyph ids only with an identity CIDToGIDMap (what OpenPDF writes for Identity-H). */
    private static boolean isIdentity(COSDictionary cidFont) {
        var map = cidFont.getDictionaryObject(COSName.CID_TO_GID_MAP);
        return map == null || COSName.IDENTITY.equals(map);
    }
}
