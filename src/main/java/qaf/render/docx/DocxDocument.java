package qaf.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.Chart;
import qaf.render.RenderContext;

/**
 * An editable Word document on the house style, built top to bottom: every document kind's DOCX
 * renderer describes its content with these calls and saves. The look comes only from the house
 * style's named styles (Title, Subtitle, Heading 1-3, Normal, List Bullet, Caption, Figure, Table
 * Text, Table Heading, Highlight, Marking, Header, Footer, Strong, Emphasis, table style QAF Table), so
 * restyling the house style in Word restyles every document.
 *
 * <p>Every page carries the marking (when the audience has one), the partnership name and "Page X of
 * Y"; the core properties carry the title, language en-GB, creator "qaf" and the render context's
 * document date. Saving the same content twice gives byte-identical files.
 *
 * <p>Not thread-safe; one instance builds one document and may be saved more than once.
 */
public final class DocxDocument {
    /** The deepest heading style the house style defines. */
    public static final int MAX_HEADING_LEVEL = 3;

    private final DocumentMeta meta;
    private final RenderContext context;
    private final HouseStyle houseStyle;
    private final List<Block> blocks = new ArrayList<>();
    private int headingLevel;
    private int figures;
    private int formFields;
    private boolean landscape;

    private DocxDocument(DocumentMeta meta, RenderContext context, HouseStyle houseStyle) {
        this.meta = Objects.requireNonNull(meta, "meta");
        this.context = Objects.requireNonNull(context, "context");
        this.houseStyle = Objects.requireNonNull(houseStyle, "houseStyle");
    }

    /** A document on the house style packaged with qaf. */
    public static DocxDocument create(DocumentMeta meta, RenderContext context) {
        return new DocxDocument(meta, context, HouseStyle.bundled());
    }

    public static DocxDocument create(DocumentMeta meta, RenderContext context, HouseStyle houseStyle) {
        return new DocxDocument(meta, context, houseStyle);
    }

    /**
     * Turns the house style's page round (width and height swapped) for the whole document, for wide
     * tables such as a chronology; margins, header and footer stay as the house style sets them.
     */
    public DocxDocument landscape() {
        landscape = true;
        return this;
    }

    /** The document title, in the Title style (not a heading: headings start at level 1 below it). */
    public DocxDocument title(String text) {
        blocks.add(new Block.Styled("Title", List.of(Span.plain(text))));
        return this;
    }

    public DocxDocument subtitle(String text) {
        blocks.add(new Block.Styled("Subtitle", List.of(Span.plain(text))));
        return this;
    }

    /**
     * A heading in style "Heading {level}". Levels may go up any amount but down only one at a time,
     * starting at 1, so that the outline never skips a level (an accessibility rule).
     *
     * @throws IllegalArgumentException if the level is outside 1..3 or would skip a level
     */
    public DocxDocument heading(int level, String text) {
        if (level < 1 || level > MAX_HEADING_LEVEL) {
            throw new IllegalArgumentException("heading level " + level + " is outside 1.." + MAX_HEADING_LEVEL);
        }
        if (level > headingLevel + 1) {
            throw new IllegalArgumentException("heading level " + level + " after level " + headingLevel
                    + " skips a level; use level " + (headingLevel + 1));
        }
        headingLevel = level;
        blocks.add(new Block.Heading(level, Objects.requireNonNull(text, "text")));
        return this;
    }

    /** A Normal paragraph; {@code \n} in the text becomes a line break. */
    public DocxDocument paragraph(String text) {
        return paragraph(List.of(Span.plain(text)));
    }

    /** A Normal paragraph of differently emphasised spans. */
    public DocxDocument paragraph(Span... spans) {
        return paragraph(Arrays.asList(spans));
    }

    public DocxDocument paragraph(List<Span> spans) {
        return styledParagraph("Normal", spans);
    }

    /**
     * A paragraph in any paragraph style of the house style, by style id (e.g. "Marking"). An id the
     * house style lacks falls back to Normal in Word, so prefer the dedicated methods.
     */
    public DocxDocument styledParagraph(String styleId, List<Span> spans) {
        if (!styleId.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("not a style id: " + styleId);
        }
        blocks.add(new Block.Styled(styleId, List.copyOf(spans)));
        return this;
    }

    /** One List Bullet paragraph per item, numbered by the house style's bullet definition. */
    public DocxDocument bulletList(List<String> items) {
        return list(items.stream().map(i -> List.of(Span.plain(i))).toList(), false);
    }

    /** One List Bullet (or List Number) paragraph per item, each of differently emphasised spans. */
    public DocxDocument list(List<List<Span>> items, boolean numbered) {
        if (!items.isEmpty()) {
            blocks.add(new Block.Bullets(items.stream().map(List::copyOf).toList(), numbered));
        }
        return this;
    }

    /**
     * A Word table in the QAF Table style whose first row is the header, repeated at the top of every
     * page. Rows are not copied: the list must not change until the document is saved.
     *
     * @param columnWeights relative column widths (e.g. 1, 3, 1), one per column; none for equal widths
     */
    public DocxDocument table(List<String> header, List<TableRow> rows, int... columnWeights) {
        return table(header, rows, columnWeights, new boolean[header.size()]);
    }

    /**
     * As {@link #table(List, List, int...)}, with the columns whose cells (and heading) are right-aligned:
     * numbers, so that their digits line up.
     */
    public DocxDocument table(List<String> header, List<TableRow> rows, int[] columnWeights, boolean[] rightAligned) {
        if (rightAligned.length != header.size()) {
            throw new IllegalArgumentException(rightAligned.length + " alignments for " + header.size() + " columns");
        }
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        if (columnWeights.length != 0 && columnWeights.length != header.size()) {
            throw new IllegalArgumentException(columnWeights.length + " column weights for " + header.size()
                    + " columns");
        }
        for (TableRow row : rows) {
            TableRow.requireWidth(row, header.size());
        }
        blocks.add(new Block.Table(List.copyOf(header), rows, columnWeights.clone(), rightAligned.clone()));
        return this;
    }

    /** A data table as shown, with equal column widths and no flagged rows. */
    public DocxDocument table(DataTable table) {
        return table(table.header(), table.rows().stream().map(TableRow::of).toList());
    }

    /**
     * A caption ("Figure n: title", Caption style) above the figure drawn at {@value FigureRaster#DPI}
     * dpi, placed inline at its natural size (scaled down to the text width if wider) with the figure's
     * alternative text as the picture description.
     */
    public DocxDocument figure(Chart figure) {
        figures++;
        blocks.add(new Block.Picture(figures, figure.title(), figure.altText(), figure.widthPt(), figure.heightPt(),
                FigureRaster.png(figure)));
        return this;
    }

    /**
     * A form field to fill in: the bold label, then a content control (Word; LibreOffice opens it as
     * an input field or content control) tagged {@code tag} and titled with the label, holding
     * {@code value} or, while empty, showing {@code placeholder} as a prompt that typing replaces.
     * Single-line fields are plain-text controls; multi-line ones rich-text controls, which keep line
     * breaks in every editor.
     *
     * @param label shown before the control (on a line of its own when {@code multiLine}); may be empty
     * @param tag a stable machine name for the field, e.g. {@code lead-person}, for reading returns back
     * @param value the pre-filled answer; empty for none
     * @param multiLine whether the answer may run to several paragraphs' worth of lines
     */
    public DocxDocument formField(String label, String tag, String value, String placeholder, boolean multiLine) {
        return addField(label, tag, value, placeholder, multiLine, List.of());
    }

    /** A form field answered by choosing one of {@code options} (a drop-down list content control). */
    public DocxDocument formChoice(String label, String tag, List<String> options, String value, String placeholder) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("a choice field needs at least one option");
        }
        if (!value.isEmpty() && !options.contains(value)) {
            throw new IllegalArgumentException("the value of choice field " + tag + " is not one of its options");
        }
        return addField(label, tag, value, placeholder, false, List.copyOf(options));
    }

    private DocxDocument addField(String label, String tag, String value, String placeholder, boolean multiLine,
            List<String> options) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        if (!tag.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("a form field tag is lower-case kebab words: " + tag);
        }
        if (placeholder == null || placeholder.isBlank()) {
            throw new IllegalArgumentException("form field " + tag + " needs a placeholder prompt");
        }
        formFields++;
        blocks.add(new Block.FormField(formFields, label, tag, value, placeholder, multiLine, options));
        return this;
    }

    public DocxDocument pageBreak() {
        blocks.add(new Block.PageBreak());
        return this;
    }

    /** Writes the .docx; the stream is left open. */
    public void save(OutputStream out) throws IOException {
        new DocxPackageWriter(houseStyle, meta, context).write(List.copyOf(blocks), landscape, out);
    }
}
