package qaf.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.Chart;
import qaf.document.Inline;
import qaf.render.Palette;
import qaf.render.RenderContext;
import qaf.render.Renderer;

/**
 * Every block document as an accessible PDF from {@code report-templates/blocks.jrxml} (or its
 * landscape twin): each block becomes one or more lines of the report, each line choosing its band
 * by kind. The one PDF renderer of the block model.
 */
public final class BlockPdf implements Renderer<BlockDocument> {
    static final String TEMPLATE = "blocks";
    /** Figure box heights in the template, smallest first (bands fig-s … fig-xl). */
    private static final int[] FIGURE_BOXES = {120, 240, 380, 560};
    private static final String[] FIGURE_KINDS = {"fig-s", "fig-m", "fig-l", "fig-xl"};

    private final Palette palette;

    public BlockPdf() {
        this(Palette.bundled());
    }

    public BlockPdf(Palette palette) {
        this.palette = palette;
    }

    @Override
    public void render(BlockDocument d, RenderContext context, OutputStream out) throws IOException {
        GlyphSubstitution glyphs = GlyphSubstitution.forDejaVuSans();
        Map<String, Object> p = PageFurniture.parameters(d.meta(), glyphs);
        p.put("SUBTITLE", glyphs.apply(d.meta().subtitle()));
        p.put("AS_AT", glyphs.apply(d.asAt()));
        List<Line> lines = lines(d.body(), glyphs);
        String template = d.orientation() == BlockDocument.Orientation.LANDSCAPE
                ? TEMPLATE + BlockTemplates.LANDSCAPE_SUFFIX : TEMPLATE;
        JasperPdf.render(template, p, new Lines(lines), lines.size(), glyphs.apply(d.meta().title()), context, out);
        glyphs.logSummary(d.meta().kind());
    }

    /** One report row: the band's kind and the fields it fills. */
    static final class Line {
        final String kind;
        String text;
        String marker;
        String para;
        String heading;
        Chart figure;
        String alt;
        Row cells = Row.EMPTY;
        Row first = Row.EMPTY;
        /** The table's number on each of its lines (its group in the template), else null. */
        String table;
        /** On a data row: its table's header, printed again when the row begins a page. */
        Row header = Row.EMPTY;

        Line(String kind, String text) {
            this.kind = kind;
            this.text = text;
        }

        String kind() {
            return kind;
        }

        String text() {
            return text;
        }
    }

    /** A table row's cells as the template's fields: text, alignment, fill and bold per column. */
    record Row(List<String> text, List<String> align, List<String> fill, List<String> bold) {
        static final Row EMPTY = new Row(List.of(), List.of(), List.of(), List.of());
    }

    List<Line> lines(List<Block> body, GlyphSubstitution glyphs) {
        List<Line> lines = new ArrayList<>();
        int figures = 0;
        int tables = 0;
        for (Block b : body) {
            Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            // Every heading band can carry the section's first paragraph; only the h2 one a figure's heading.
            boolean afterBareHeading = last != null && last.kind.matches("h[234]") && last.para == null;
            boolean afterBareSection = afterBareHeading && last.kind.equals("h2");
            if (b instanceof Block.Heading h) {
                lines.add(new Line("h" + (h.level() + 1), glyphs.apply(h.text())));
            } else if (b instanceof Block.Paragraph para) {
                String styled = styled(para.inlines(), glyphs);
                if (afterBareHeading) {
                    // The section's first paragraph shares the heading's band: a heading never ends a page.
                    last.para = styled;
                } else {
                    lines.add(new Line("p", styled));
                }
            } else if (b instanceof Block.PageBreak) {
                lines.add(new Line("page-break", null));
            } else if (b instanceof Block.Bullets l) {
                for (int i = 0; i < l.items().size(); i++) {
                    Line item = new Line("li", styled(l.items().get(i), glyphs));
                    item.marker = l.numbered() ? (i + 1) + "." : "\u2022";
                    lines.add(item);
                }
            } else if (b instanceof Block.Table t) {
                // Numbered: each table is its own group in the template, which repeats its header.
                table(t, Integer.toString(++tables), lines, glyphs);
            } else if (b instanceof Block.Figure f) {
                Chart c = f.chart();
                // Numbered as the DOCX numbers its captions, so both formats say "Figure 2" of one figure.
                figures++;
                Line figure = new Line(figureKind(c.heightPt()), glyphs.apply("Figure " + figures + ": " + c.title()));
                figure.figure = c;
                figure.alt = glyphs.apply(c.altText());
                // A figure that opens a section takes the heading into its own band, so that the two are
                // never split across pages (JasperReports has no keep-with-next).
                if (afterBareSection) {
                    figure.heading = lines.remove(lines.size() - 1).text;
                }
                lines.add(figure);
            } else {
                throw new IllegalArgumentException("no PDF band for " + b.getClass().getSimpleName());
            }
        }
        return lines;
    }

    private void table(Block.Table t, String number, List<Line> lines, GlyphSubstitution glyphs) {
        String layout = t.layout().id();
        // The heading or lead-in just above joins the table's group, which starts on a new page when too
        // few of its lines fit (minDetailsToStartFromTop): a heading never ends a page above its table.
        int from = lines.size();
        if (from > 0 && lines.get(from - 1).kind.matches("h[234]|p") && lines.get(from - 1).table == null) {
            from--;
        }
        lines.add(new Line("table-start", null));
        List<String> align = new ArrayList<>();
        for (int c = 0; c < t.header().size(); c++) {
            align.add(t.isNumeric(c) ? "Right" : null);
        }
        List<String> none = Collections.nCopies(t.header().size(), null);
        Line header = new Line("th-" + layout, null);
        header.cells = new Row(cells(t.header(), glyphs), align, none, none);
        // The first row rides in the header's band, so a header never ends a page on its own.
        if (!t.rows().isEmpty()) {
            header.first = row(t.rows().get(0), align, glyphs);
        }
        lines.add(header);
        for (List<Block.Cell> row : t.rows().subList(Math.min(1, t.rows().size()), t.rows().size())) {
            Line line = new Line("td-" + layout, null);
            line.cells = row(row, align, glyphs);
            line.header = header.cells;
            lines.add(line);
        }
        lines.add(new Line("table-end", null));
        for (Line line : lines.subList(from, lines.size())) {
            line.table = number;
        }
    }

    private Row row(List<Block.Cell> cells, List<String> align, GlyphSubstitution glyphs) {
        List<String> text = new ArrayList<>();
        List<String> fill = new ArrayList<>();
        List<String> bold = new ArrayList<>();
        for (Block.Cell c : cells) {
            // Bold as a styled-text run, not as a style property set at fill time: JasperReports measures a
            // cell's height before property expressions apply, so a long bold cell measured as regular text
            // lost its last line.
            String escaped = escape(JasperPdf.cellText(glyphs.apply(c.text())));
            text.add(c.strong() ? "<style isBold=\"true\">" + escaped + "</style>" : escaped);
            fill.add(c.tone() == null ? null : "#" + palette.hex(c.tone()));
            bold.add(null);
        }
        return new Row(text, align, fill, bold);
    }

    /** The smallest box the figure fits at its natural size; a taller figure is scaled into the largest. */
    static String figureKind(double heightPt) {
        for (int i = 0; i < FIGURE_BOXES.length; i++) {
            if (heightPt <= FIGURE_BOXES[i]) {
                return FIGURE_KINDS[i];
            }
        }
        return FIGURE_KINDS[FIGURE_KINDS.length - 1];
    }

    private static List<String> cells(List<String> row, GlyphSubstitution glyphs) {
        return row.stream().map(c -> JasperPdf.cellText(glyphs.apply(c))).toList();
    }

    /**
     * Runs as JasperReports styled text: the text escaped (it is data, never markup), bold and italic
     * runs marked, a link followed by its address in brackets (a printed page cannot be clicked).
     */
    static String styled(List<Inline> inlines, GlyphSubstitution glyphs) {
        StringBuilder b = new StringBuilder();
        for (Inline i : inlines) {
            String text = escape(glyphs.apply(i.text()));
            switch (i.emphasis()) {
                case STRONG -> b.append("<style isBold=\"true\">").append(text).append("</style>");
                case EMPHASIS -> b.append("<style isItalic=\"true\">").append(text).append("</style>");
                default -> b.append(text);
            }
            if (i.href() != null) {
                String address = i.href().startsWith("mailto:") ? i.href().substring(7) : i.href();
                if (!address.equals(i.text())) {
                    b.append(" (").append(escape(glyphs.apply(address))).append(')');
                }
            }
        }
        return b.toString();
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final class Lines implements JRDataSource {
        private final List<Line> lines;
        private final Map<Chart, FigureRenderable> renderables = new HashMap<>();
        private int index = -1;

        Lines(List<Line> lines) {
            this.lines = lines;
        }

        @Override
        public boolean next() {
            index++;
            return index < lines.size();
        }

        @Override
        public Object getFieldValue(JRField field) {
            Line line = lines.get(index);
            String name = field.getName();
            switch (name) {
                case "kind":
                    return line.kind;
                case "text":
                    return line.text;
                case "marker":
                    return line.marker;
                case "alt":
                    return line.alt;
                case "heading":
                    return line.heading;
                case "para":
                    return line.para;
                case "table":
                    return line.table;
                case "figure":
                    return line.figure == null ? null : renderables.computeIfAbsent(line.figure, FigureRenderable::new);
                default:
                    break;
            }
            int digits = 0;
            while (digits < name.length() && !Character.isDigit(name.charAt(digits))) {
                digits++;
            }
            String prefix = name.substring(0, digits);
            int i = Integer.parseInt(name.substring(digits));
            Row row = prefix.startsWith("f") ? line.first : prefix.equals("h") ? line.header : line.cells;
            List<String> values = switch (prefix) {
                case "c", "f", "h" -> row.text();
                case "a" -> line.cells.align();
                case "t", "ft" -> row.fill();
                case "s", "fs" -> row.bold();
                default -> throw new IllegalArgumentException(TEMPLATE + ".jrxml asks for unknown field " + name);
            };
            return i < values.size() ? values.get(i) : null;
        }
    }
}
