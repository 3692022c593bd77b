package qaf.render.docx;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * Writes a table: a fixed grid shared out of the text width by column weight, a header row that
 * repeats on every page, and cells styled by house-style ids (toned or highlighted cells shaded).
 */
final class TableWriter {
    private final Writer out;
    private final RunWriter runs;
    private final int textWidthTwips;
    private final String highlightFill;

    /** @param highlightFill the Highlight style's shading (hex, already checked), or null for none */
    TableWriter(Writer out, RunWriter runs, int textWidthTwips, String highlightFill) {
        this.out = out;
        this.runs = runs;
        this.textWidthTwips = textWidthTwips;
        this.highlightFill = highlightFill;
    }

    void write(Block.Table t) throws IOException {
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
            // A row is never split across pages either: half a row at the foot of a page reads as a row.
            out.write("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
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
        boolean rtl = WritingDirection.startsRightToLeft(text);
        if (rtl) {
            out.write("<w:bidi/>");
        }
        if (right) {
            out.write("<w:jc w:val=\"right\"/>");
        }
        out.write("</w:pPr>");
        runs.write(text, runStyle);
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
        Arrays.fill(w, 1);
        return w;
    }
}
