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
    /** The paragraph styles in which a number range ("2018-19") is kept on one line. */
    private static final java.util.Set<String> TITLES = java.util.Set.of("Title", "Subtitle");
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
    private final Map<String, String> linkRelIds;
    private final RunWriter runWriter;
    private final TableWriter tables;

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
        this.runWriter = new RunWriter(out);
        this.tables = new TableWriter(out, runWriter, textWidthTwips,
                highlightFill == null || !highlightFill.matches("[0-9A-Fa-f]{6}") ? null : highlightFill);
    }

    /**
     * @param beforeTable the next block is a table: a paragraph is kept with its first row (a lead-in
     *     left alone at the foot of a page, its table on the next, reads as a stray line)
     */
    void write(Block block, boolean beforeTable) throws IOException {
        // Java 17: no pattern matching in switch yet.
        if (block instanceof Block.Styled s) {
            paragraph(s.styleId(), s.spans(), beforeTable);
        } else if (block instanceof Block.Heading h) {
            paragraph("Heading" + h.level(), List.of(Span.plain(h.text())));
        } else if (block instanceof Block.Bullets b) {
            for (List<Span> item : b.items()) {
                paragraph(b.numbered() ? "ListNumber" : "ListBullet", item);
            }
        } else if (block instanceof Block.Table t) {
            tables.write(t);
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
        paragraph(styleId, spans, false);
    }

    private void paragraph(String styleId, List<Span> spans, boolean keepNext) throws IOException {
        out.write("<w:p><w:pPr><w:pStyle w:val=\"");
        out.write(styleId);
        out.write("\"/>");
        if (keepNext) {
            out.write("<w:keepNext/>");
        }
        if (WritingDirection.startsRightToLeft(spans)) {
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
                runWriter.write(span.text(), style, TITLES.contains(styleId));
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
        out.write("<w:alias w:val=\"" + XmlText.attribute(f.label().isEmpty() ? f.tag() : f.label()) + "\"/>");
        out.write("<w:tag w:val=\"" + XmlText.attribute(f.tag()) + "\"/>");
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
                String a = XmlText.attribute(option);
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

    private void picture(Block.Picture p) throws IOException {
        paragraph("Caption", List.of(Span.plain("Figure " + p.number() + ": " + p.title())));
        double maxWidthPt = textWidthTwips / (double) TWIPS_PER_POINT;
        double scale = Math.min(1.0, maxWidthPt / p.widthPt());
        long cx = Math.round(p.widthPt() * scale * EMU_PER_POINT);
        long cy = Math.round(p.heightPt() * scale * EMU_PER_POINT);
        String relId = imageRelIds.get(p.number());
        String alt = XmlText.attribute(p.altText());
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

    /** Writes text as runs (see {@link RunWriter}); the furniture's header and footer use it too. */
    void runs(String text, String runStyle) throws IOException {
        runWriter.write(text, runStyle);
    }
}
