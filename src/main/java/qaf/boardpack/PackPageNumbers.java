package qaf.boardpack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Gives every page of the pack the pack's own number in place of its document's: each qaf PDF
 * prints "Page 3 of" and " 7" in its footer (report-templates/page-furniture.jrxml), as two
 * artifact text objects; here both are rewritten to "Page 57 of" and " 112" in the same position,
 * size and colour, so no document's own numbering is left in the pack while the published
 * documents keep theirs.
 *
 * <p>The footer stays what it was, an {@code /Artifact} outside the structure tree, so PDF/A-2a and
 * PDF/UA-1 still hold. The new digits are set in DejaVu Sans (the house font) embedded once for the
 * whole pack: a document's own font subset holds only the digits that document used.
 */
final class PackPageNumbers {
    static final String FONT_RESOURCE = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final COSName FONT_NAME = COSName.getPDFName("QafPackNumbers");
    private static final Pattern PAGE_OF = Pattern.compile("Page \\d+ of");
    private static final Pattern TOTAL = Pattern.compile(" ?\\d+");
    /** How many of a page's last artifacts are read first: the footer's, with room to spare. */
    private static final int TAIL_ARTIFACTS = 12;

    private PackPageNumbers() {
    }

    /**
     * Numbers every page of {@code pack} 1..n, "Page i of n".
     *
     * @throws IllegalStateException a page without qaf's page-number footer: the pack would show a
     *     number that is not its own
     */
    static void renumber(PDDocument pack) throws IOException {
        PDType0Font font;
        try (InputStream in = PackPageNumbers.class.getClassLoader().getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the house font " + FONT_RESOURCE + " is not on qaf's class path");
            }
            font = PDType0Font.load(pack, in, true);
        }
        int total = pack.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            renumber(pack, pack.getPage(i), font, i + 1, total);
        }
        // PDFBox subsets at save only the fonts a PDPageContentStream set; this one is set by hand.
        // The subset keeps the codes written above (CIDs stay the full font's glyph ids) and adds a
        // ToUnicode map, so the numbers read back as text.
        font.subset();
    }

    private static void renumber(PDDocument pack, PDPage page, PDType0Font font, int number, int total)
            throws IOException {
        byte[] content;
        try (InputStream in = page.getContents()) {
            content = in.readAllBytes();
        }
        // The footer is the last band a page paints: reading only the stream's last few artifacts
        // makes the pass several times quicker than tokenising whole pages of tables. Should the
        // cut land anywhere odd, the footer is not found there and the whole page is read instead.
        int tail = tailStart(content);
        if (tail > 0 && renumber(pack, page, font, number, total, content, tail)) {
            return;
        }
        if (!renumber(pack, page, font, number, total, content, 0)) {
            throw new IllegalStateException("page " + number + " of the board pack has no \"Page X of Y\" footer"
                    + " to number: every document in the pack must carry qaf's standard page furniture");
        }
    }

    /** Where the stream's {@value #TAIL_ARTIFACTS}th-last artifact begins; 0 when it has fewer. */
    static int tailStart(byte[] content) {
        byte[] mark = "/Artifact BMC".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int found = 0;
        for (int i = content.length - mark.length; i > 0; i--) {
            if (content[i] == '/' && isWhite(content[i - 1])
                    && Arrays.equals(content, i, i + mark.length, mark, 0, mark.length) && ++found == TAIL_ARTIFACTS) {
                return i;
            }
        }
        return 0;
    }

    private static boolean isWhite(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /** Renumbers the footer found in {@code content} from {@code from} on; whether there was one. */
    private static boolean renumber(PDDocument pack, PDPage page, PDType0Font font, int number, int total,
            byte[] content, int from) throws IOException {
        List<Object> tokens = new PDFStreamParser(Arrays.copyOfRange(content, from, content.length)).parse();
        PDResources resources = page.getResources();
        List<TextObject> artifacts = artifactTexts(tokens, resources);
        int at = -1;
        for (int i = 0; i < artifacts.size() - 1 && at < 0; i++) {
            if (PAGE_OF.matcher(artifacts.get(i).text).matches()
                    && TOTAL.matcher(artifacts.get(i + 1).text).matches()) {
                at = i;
            }
        }
        if (at < 0) {
            return false;
        }
        resources.put(FONT_NAME, font);
        artifacts.get(at).replace(tokens, font, "Page " + number + " of", true);
        artifacts.get(at + 1).replace(tokens, font, " " + total, false);
        PDStream stream = new PDStream(pack);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content, 0, from);
            out.write('\n');
            new ContentStreamWriter(out).writeTokens(tokens);
        }
        page.setContents(stream);
        return true;
    }

    /**
     * The text objects painted inside {@code /Artifact} marked content, in content order, with the
     * text they show decoded through their fonts.
     */
    private static List<TextObject> artifactTexts(List<Object> tokens, PDResources resources) throws IOException {
        List<TextObject> found = new ArrayList<>();
        List<Boolean> artifactStack = new ArrayList<>();
        List<COSBase> operands = new ArrayList<>();
        TextObject current = null;
        PDFont font = null;
        for (int i = 0; i < tokens.size(); i++) {
            Object token = tokens.get(i);
            if (!(token instanceof Operator op)) {
                if (token instanceof COSBase base) {
                    operands.add(base);
                }
                continue;
            }
            switch (op.getName()) {
                case "BMC", "BDC" -> artifactStack.add(!operands.isEmpty()
                        && COSName.ARTIFACT.equals(operands.get(0)));
                case "EMC" -> {
                    if (!artifactStack.isEmpty()) {
                        artifactStack.remove(artifactStack.size() - 1);
                    }
                }
                case "BT" -> current = artifactStack.contains(Boolean.TRUE) ? new TextObject() : null;
                case "ET" -> {
                    if (current != null && current.show >= 0) {
                        found.add(current);
                    }
                    current = null;
                }
                case "Tf" -> {
                    if (operands.size() == 2 && operands.get(0) instanceof COSName name
                            && operands.get(1) instanceof COSNumber size) {
                        font = resources.getFont(name);
                        if (current != null) {
                            current.tf = i;
                            current.fontSize = size.floatValue();
                            current.font = font;
                        }
                    }
                }
                case "Tm" -> {
                    if (current != null && operands.size() == 6) {
                        current.tm = i;
                    }
                }
                case "Tj", "TJ" -> {
                    if (current != null && font != null) {
                        current.show = current.show < 0 ? i : current.show;
                        current.shows++;
                        current.text.append(decode(font, operands));
                    }
                }
                default -> {
                    // Other operators change nothing this pass needs.
                }
            }
            operands.clear();
        }
        return found;
    }

    private static String decode(PDFont font, List<COSBase> operands) throws IOException {
        StringBuilder text = new StringBuilder();
        for (COSBase operand : operands) {
            if (operand instanceof COSString s) {
                text.append(decode(font, s.getBytes()));
            } else if (operand instanceof COSArray array) {
                for (COSBase item : array) {
                    if (item instanceof COSString s) {
                        text.append(decode(font, s.getBytes()));
                    }
                }
            }
        }
        return text.toString();
    }

    private static String decode(PDFont font, byte[] bytes) throws IOException {
        StringBuilder text = new StringBuilder();
        InputStream in = new ByteArrayInputStream(bytes);
        while (in.available() > 0) {
            String unicode = font.toUnicode(font.readCode(in));
            text.append(unicode == null ? "\uFFFD" : unicode);
        }
        return text.toString();
    }

    /** One artifact text object: where its font, matrix and (single) showing operator are in the tokens. */
    private static final class TextObject {
        int tf = -1;
        int tm = -1;
        int show = -1;
        int shows;
        float fontSize;
        PDFont font;
        final StringBuilder text = new StringBuilder();

        /**
         * Shows {@code replacement} instead, in {@code font}; when {@code keepRightEdge}, moves the
         * start so the text ends where the old one ended (the "Page X of" box is right-aligned).
         */
        void replace(List<Object> tokens, PDType0Font font, String replacement, boolean keepRightEdge)
                throws IOException {
            if (tf < 0 || tm < 0 || shows != 1 || tf > show || tm > show) {
                throw new IllegalStateException("the page-number footer is not drawn as qaf's exporter draws it"
                        + " (one font, one position, one text)");
            }
            if (keepRightEdge) {
                float oldWidth = width(this.font, tokens.get(show - 1)) * fontSize / 1000f;
                float newWidth = font.getStringWidth(replacement) * fontSize / 1000f;
                int x = tm - 2;
                float moved = ((COSNumber) tokens.get(x)).floatValue() + oldWidth - newWidth;
                tokens.set(x, new COSFloat(Math.round(moved * 100f) / 100f));
            }
            tokens.set(tf - 2, FONT_NAME);
            // encode() alone does not put the glyphs in the subset PDFBox embeds at save (showText does).
            replacement.codePoints().forEach(font::addToSubset);
            COSBase shown = tokens.get(show - 1) instanceof COSArray ? new COSArray() : null;
            COSString text = new COSString(font.encode(replacement));
            if (shown instanceof COSArray array) {
                array.add(text);
                tokens.set(show - 1, array);
            } else {
                tokens.set(show - 1, text);
            }
        }

        private static float width(PDFont font, Object operand) throws IOException {
            float width = 0;
            List<COSString> strings = new ArrayList<>();
            if (operand instanceof COSString s) {
                strings.add(s);
            } else if (operand instanceof COSArray array) {
                for (COSBase item : array) {
                    if (item instanceof COSString s) {
                        strings.add(s);
                    } else if (item instanceof COSNumber n) {
                        width -= n.floatValue();
                    }
                }
            }
            for (COSString s : strings) {
                InputStream in = new ByteArrayInputStream(s.getBytes());
                while (in.available() > 0) {
                    width += font.getWidth(font.readCode(in));
                }
            }
            return width;
        }
    }
}
