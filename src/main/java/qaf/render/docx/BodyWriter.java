package qaf.render.docx;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes body content as WordprocessingML text straight to a stream. docx4j's object model needs about
 * 9 KB of heap per table row, so a 100,000-entry chronology would not fit in 512 MB; text written as
 * it goes needs almost none. Everything here refers to house-style ids (styles, numbering) only, never
 * to fonts or colours, so the house style decides the look.
 */
final class BodyWriter {
    static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static final String A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    private static final long EMU_PER_POINT = 12_700;
    private static final int TWIPS_PER_POINT = 20;

    private final Writer out;
    private final int textWidthTwips;
    private final Map<Integer, String> imageRelIds;
    private final String highlightFill;
    private final Map<String, String> linkRelIds;

    /**
     * @param textWidthTwips the width between the page margins, for table grids and figure scaling
     * @param imageRelIds figure number to the relationship id of its image part
     * @param highlightFill the Highlight style's shading colour (hex), repeated on the cells of highlighted
     *     rows because paragraph shading alone leaves unshaded gaps; null for none
     */
    BodyWriter(Writer out, int textWidthTwips, Map<Integer, String> imageRelIds, String highlightFill) {
        this(out, textWidthTwips, imageRelIds, highlightFill, Map.of());
    }

    /** @param linkRelIds every link address of the body to the relationship id of its external target */
    BodyWriter(Writer out, int textWidthTwips, Map<Integer, String> imageRelIds, String highlightFill,
            Map<String, String> linkRelIds) {
        this.linkRelIds = linkRelIds;
        this.out = out;
        this.textWidthTwips = textWidthTwips;
        this.imageRelIds = imageRelIds;
        this.highlightFill = highlightFill == null || !highlightFill.matches("[0-9A-Fa-f]{6}") ? null : highlightFill;
    }

    void write(Block block) throws IOException {
        // Java 17: no pattern matching in switch yet.
        if (block instanceof Block.Styled s) {
            paragraph(s.styleId(), s.spans());
        } else if (block instanceof Block.Heading h) {
            paragraph("Heading" + h.level(), List.of(Span.plain(h.text())));
        } else if (block instanceof Block.Bullets b) {
            for (List<Span> item : b.items()) {
                paragraph(b.numbered() ? "ListNumber" : "ListBullet", item);
            }
        } else if (block instanceof Block.Table t) {
            table(t);
        } else if (block instanceof Block.Picture p) {
            picture(p);
        } else if (block instanceof Block.FormField f) {
            formField(f);
        } else if (block instanceof Block.PageBreak) {
            out.write("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
        } else {
            throw new IllegalArgumentException("unknown block " + block.getClass());
        }
    }

    void paragraph(String styleId, List<Span> spans) throws IOException {
        out.write("<w:p><w:pPr><w:pStyle w:val=\"");
        out.write(styleId);
        out.write("\"/>");
        if (startsRightToLeft(spans)) {
            out.write("<w:bidi/>");
        }
        out.write("</w:pPr>");
        for (Span span : spans) {
            String style = switch (span.emphasis()) {
                case NONE -> null;
                case STRONG -> "Strong";
                case EMPHASIS -> "Emphasis";
            };
            String rel = span.href() == null ? null : linkRelIds.get(span.href());
            if (rel == null) {
                runs(span.text(), style);
            } else {
                out.write("<w:hyperlink r:id=\"" + rel + "\" w:history=\"1\">");
                runs(span.text(), style == null ? "Hyperlink" : style);
                out.write("</w:hyperlink>");
            }
        }
        out.write("</w:p>");
    }

    /**
     * A labelled inline content control (w:sdt) in its own Normal paragraph: plain text, rich text
     * (multi-line answers) or a drop-down list. Inline controls, not block ones, because LibreOffice keeps
     * only inline controls editable when it opens the file.
     */
    private void formField(Block.FormField f) throws IOException {
        out.write("<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr>");
        if (!f.label().isEmpty()) {
            runs(f.label() + (f.multiLine() ? "\n" : " "), "Strong");
        }
        boolean empty = f.value().isEmpty();
        out.write("<w:sdt><w:sdtPr>");
        if (empty) {
            // The placeholder is shown in the Emphasis style so that it reads as a prompt, not an answer.
            out.write("<w:rPr><w:rStyle w:val=\"Emphasis\"/></w:rPr>");
        }
        out.write("<w:alias w:val=\"" + attribute(f.label().isEmpty() ? f.tag() : f.label()) + "\"/>");
        out.write("<w:tag w:val=\"" + attribute(f.tag()) + "\"/>");
        out.write("<w:id w:val=\"" + f.id() + "\"/>");
        if (empty) {
            out.write("<w:showingPlcHdr/>");
        }
        if (f.options().isEmpty()) {
            // A multi-line answer is a rich-text control (no type element): LibreOffice turns a plain-text
            // control into an input field, which cannot hold the line breaks of a returned answer.
            if (!f.multiLine()) {
                out.write("<w:text/>");
            }
        } else {
            out.write("<w:dropDownList>");
            for (String option : f.options()) {
                String a = attribute(option);
                out.write("<w:listItem w:displayText=\"" + a + "\" w:value=\"" + a + "\"/>");
            }
            out.write("</w:dropDownList>");
        }
        out.write("</w:sdtPr><w:sdtContent>");
        runs(empty ? f.placeholder() : f.value(), empty ? "Emphasis" : null);
        out.write("</w:sdtContent></w:sdt></w:p>");
    }

    /** A field such as PAGE, with a cached result shown until the reader's software updates it. */
    void simpleField(String instruction, String cached) throws IOException {
        out.write("<w:fldSimple w:instr=\" ");
        out.write(instruction);
        out.write(" \">");
        runs(cached, null);
        out.write("</w:fldSimple>");
    }

    private void table(Block.Table t) throws IOException {
        int columns = t.header().size();
        int[] widths = columnWidths(t.columnWeights(), columns);
        out.write("<w:tbl><w:tblPr><w:tblStyle w:val=\"QafTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
                + "<w:tblLayout w:type=\"fixed\"/>"
                + "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\""
                + " w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
        for (int width : widths) {
            out.write("<w:gridCol w:w=\"" + width + "\"/>");
        }
        out.write("</w:tblGrid>");
        // The header row repeats at the top of every page (w:tblHeader) and must not split across pages.
        out.write("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        for (int c = 0; c < columns; c++) {
            cell(widths[c], "TableHeading", t.header().get(c), null, null, right(t, c));
        }
        out.write("</w:tr>");
        for (TableRow row : t.rows()) {
            out.write("<w:tr>");
            String style = row.highlighted() ? "Highlight" : "TableText";
            for (int c = 0; c < columns; c++) {
                cell(widths[c], style, row.cells().get(c), row.strong(c) ? "Strong" : null, row.fill(c), right(t, c));
            }
            out.write("</w:tr>");
        }
        out.write("</w:tbl>");
        // Two adjacent tables would merge into one in Word; an empty paragraph also gives breathing space.
        out.write("<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr></w:p>");
    }

    private static boolean right(Block.Table t, int column) {
        return t.rightAligned() != null && t.rightAligned()[column];
    }

    /**
     * @param fill a toned cell's shading (hex), or null: a highlighted row's cells take the Highlight
     *     style's shading, because paragraph shading alone leaves unshaded gaps
     */
    private void cell(int width, String styleId, String text, String runStyle, String fill, boolean right)
            throws IOException {
        out.write("<w:tc><w:tcPr><w:tcW w:w=\"");
        out.write(Integer.toString(width));
        out.write("\" w:type=\"dxa\"/>");
        String shading = fill != null && fill.matches("[0-9A-Fa-f]{6}") ? fill
                : highlightFill != null && styleId.equals("Highlight") ? highlightFill : null;
        if (shading != null) {
            out.write("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"");
            out.write(shading);
            out.write("\"/>");
        }
        out.write("</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"");
        out.write(styleId);
        out.write("\"/>");
        boolean rtl = startsRightToLeft(text);
        if (rtl) {
            out.write("<w:bidi/>");
        }
        if (right) {
            out.write("<w:jc w:val=\"right\"/>");
        }
        out.write("</w:pPr>");
        runs(text, runStyle);
        out.write("</w:p></w:tc>");
    }

    int[] columnWidths(int[] weights, int columns) {
        int[] w = weights == null || weights.length == 0 ? filled(columns) : weights;
        if (w.length != columns) {
            throw new IllegalArgumentException(w.length + " column weights for " + columns + " columns");
        }
        long total = 0;
        for (int x : w) {
            if (x <= 0) {
                throw new IllegalArgumentException("column weights must be positive");
            }
            total += x;
        }
        int[] widths = new int[columns];
        int used = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = c == columns - 1 ? textWidthTwips - used : (int) (textWidthTwips * (long) w[c] / total);
            used += widths[c];
        }
        return widths;
    }

    private static int[] filled(int columns) {
        int[] w = new int[columns];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    private void picture(Block.Picture p) throws IOException {
        paragraph("Caption", List.of(Span.plain("Figure " + p.number() + ": " + p.title())));
        double maxWidthPt = textWidthTwips / (double) TWIPS_PER_POINT;
        double scale = Math.min(1.0, maxWidthPt / p.widthPt());
        long cx = Math.round(p.widthPt() * scale * EMU_PER_POINT);
        long cy = Math.round(p.heightPt() * scale * EMU_PER_POINT);
        String relId = imageRelIds.get(p.number());
        String alt = attribute(p.altText());
        String name = "Figure " + p.number();
        out.write("<w:p><w:pPr><w:pStyle w:val=\"Figure\"/></w:pPr><w:r><w:drawing>"
                + "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" xmlns:wp=\"" + WP_NS + "\">"
                + "<wp:extent cx=\"" + cx + "\" cy=\"" + cy + "\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
                + "<wp:docPr id=\"" + p.number() + "\" name=\"" + name + "\" descr=\"" + alt + "\"/>"
                + "<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"" + A_NS + "\" noChangeAspect=\"1\"/>"
                + "</wp:cNvGraphicFramePr>"
                + "<a:graphic xmlns:a=\"" + A_NS + "\"><a:graphicData uri=\"" + PIC_NS + "\">"
                + "<pic:pic xmlns:pic=\"" + PIC_NS + "\"><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"figure-" + p.number()
                + ".png\" descr=\"" + alt + "\"/><pic:cNvPicPr/></pic:nvPicPr>"
                + "<pic:blipFill><a:blip r:embed=\"" + relId + "\" xmlns:r=\"" + R_NS + "\"/>"
                + "<a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
                + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx + "\" cy=\"" + cy + "\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
                + "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>");
    }

    /**
     * Writes text as runs, one per stretch of writing direction: Arabic or Urdu stretches are marked
     * right-to-left so Word shapes and orders them correctly inside English paragraphs.
     */
    void runs(String text, String runStyle) throws IOException {
        int start = 0;
        int direction = 0; // 0 unknown yet, 1 left-to-right, -1 right-to-left
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int d = strongDirection(cp);
            if (d != 0 && direction != 0 && d != direction) {
                run(text, start, i, runStyle, direction < 0);
                start = i;
            }
            if (d != 0) {
                direction = d;
            }
            i += Character.charCount(cp);
        }
        if (start < text.length() || text.isEmpty()) {
            run(text, start, text.length(), runStyle, direction < 0);
        }
    }

    private void run(String text, int from, int to, String runStyle, boolean rightToLeft) throws IOException {
        out.write("<w:r>");
        if (runStyle != null || rightToLeft) {
            out.write("<w:rPr>");
            if (runStyle != null) {
                out.write("<w:rStyle w:val=\"");
                out.write(runStyle);
                out.write("\"/>");
            }
            if (rightToLeft) {
                out.write("<w:rtl/>");
            }
            out.write("</w:rPr>");
        }
        boolean open = false;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\t') {
                if (open) {
                    out.write("</w:t>");
                    open = false;
                }
                out.write(cp == '\n' ? "<w:br/>" : "<w:tab/>");
                continue;
            }
            if (cp == '\r' || !isXmlChar(cp)) {
                continue; // not representable in XML 1.0; a carriage return is part of a line break
            }
            if (!open) {
                out.write("<w:t xml:space=\"preserve\">");
                open = true;
            }
            switch (cp) {
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '&' -> out.write("&amp;");
                default -> {
                    if (cp < 0x10000) {
                        out.write(cp);
                    } else {
                        out.write(Character.highSurrogate(cp));
                        out.write(Character.lowSurrogate(cp));
                    }
                }
            }
        }
        if (open) {
            out.write("</w:t>");
        }
        out.write("</w:r>");
    }

    private static boolean startsRightToLeft(List<Span> spans) {
        for (Span span : spans) {
            int d = firstStrongDirection(span.text());
            if (d != 0) {
                return d < 0;
            }
        }
        return false;
    }

    private static boolean startsRightToLeft(String text) {
        return firstStrongDirection(text) < 0;
    }

    private static int firstStrongDirection(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int d = strongDirection(cp);
            if (d != 0) {
                return d;
            }
            i += Character.charCount(cp);
        }
        return 0;
    }

    private static int strongDirection(int cp) {
        if (cp < 0x0590) {
            return Character.isLetter(cp) ? 1 : 0; // fast path: Latin, Greek, Cyrillic
        }
        return switch (Character.getDirectionality(cp)) {
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> -1;
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> 1;
            default -> 0;
        };
    }

    static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** Escapes text for a double-quoted XML attribute, dropping what XML cannot hold. */
    static String attribute(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\n' -> sb.append("&#10;");
                case '\t' -> sb.append("&#9;");
                case '\r' -> sb.append("&#13;");
                default -> {
                    if (isXmlChar(cp)) {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        }
        return sb.toString();
    }
}
