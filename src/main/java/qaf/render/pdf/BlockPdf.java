package qaf.render.pdf;

import qaf.document.BlockDocument;

import qaf.document.Block;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.pdf.FigureRenderable;
import qaf.render.pdf.GlyphSubstitution;
import qaf.render.pdf.JasperPdf;
import qaf.render.pdf.PageFurniture;
import qaf.document.Figure;

/**
 * An audit overview as an accessible PDF from {@code report-templates/audit-overview.jrxml}: every
 * block becomes one or more lines of the report, each line choosing its band by kind.
 */
public final class BlockPdf implements Renderer<BlockDocument> {
    static final String TEMPLATE = "audit-overview";
    /** Figure box heights in the template, smallest first (bands fig-s … fig-xl). */
    private static final int[] FIGURE_BOXES = {120, 240, 380, 560};
    private static final String[] FIGURE_KINDS = {"fig-s", "fig-m", "fig-l", "fig-xl"};

    @Override
    public void render(BlockDocument d, RenderContext context, OutputStream out) throws IOException {
        GlyphSubstitution glyphs = GlyphSubstitution.forDejaVuSans();
        Map<String, Object> p = PageFurniture.parameters(d.meta(), glyphs);
        p.put("SUBTITLE", glyphs.apply(d.meta().subtitle()));
        p.put("AS_AT", glyphs.apply(d.asAt()));
        List<Line> lines = lines(d.body(), glyphs);
        JasperPdf.render(TEMPLATE, p, new Lines(lines), lines.size(), glyphs.apply(d.meta().title()), context, out);
        glyphs.logSummary(d.meta().kind());
    }

    /** One report row. */
    record Line(String kind, String text, List<String> cells, Figure figure, String alt, String heading,
            String para, List<String> firstRow) {
        Line(String kind, String text, List<String> cells, Figure figure, String alt, String heading) {
            this(kind, text, cells, figure, alt, heading, null, List.of());
        }

        Line(String kind, String text, List<String> cells, Figure figure, String alt, String heading, String para) {
            this(kind, text, cells, figure, alt, heading, para, List.of());
        }

        static Line text(String kind, String text) {
            return new Line(kind, text, List.of(), null, null, null);
        }
    }

    static List<Line> lines(List<Block> body, GlyphSubstitution glyphs) {
        List<Line> lines = new ArrayList<>();
        for (Block b : body) {
            if (b instanceof Block.Heading h) {
                lines.add(Line.text(h.level() == 1 ? "h2" : "h3", glyphs.apply(h.text())));
            } else if (b instanceof Block.Paragraph para) {
                Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                if (last != null && last.kind().equals("h2") && last.para() == null) {
                    // The section's first paragraph shares the heading's band: a heading never ends a page.
                    lines.set(lines.size() - 1, new Line("h2", last.text(), List.of(), null, null, null,
                            glyphs.apply(para.text())));
                } else {
                    lines.add(Line.text("p", glyphs.apply(para.text())));
                }
            } else if (b instanceof Block.PageBreak) {
                lines.add(Line.text("page-break", null));
            } else if (b instanceof Block.Bullets l) {
                l.items().forEach(item -> lines.add(Line.text("li", glyphs.apply(item))));
            } else if (b instanceof Block.Table t) {
                String layout = t.layout().id();
                lines.add(Line.text("table-start", null));
                List<List<String>> rows = t.data().rows();
                // The first row rides in the header's band, so a header never ends a page on its own.
                lines.add(new Line("th-" + layout, null, cells(t.data().header(), glyphs), null, null, null, null,
                        rows.isEmpty() ? List.of() : cells(rows.get(0), glyphs)));
                for (List<String> row : rows.subList(Math.min(1, rows.size()), rows.size())) {
                    lines.add(new Line("td-" + layout, null, cells(row, glyphs), null, null, null));
                }
                lines.add(Line.text("table-end", null));
            } else if (b instanceof Block.Chart c) {
                // A figure that opens a section takes the heading into its own band, so that the two are
                // never split across pages (JasperReports has no keep-with-next).
                String heading = null;
                Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                if (last != null && last.kind().equals("h2") && last.para() == null) {
                    heading = lines.remove(lines.size() - 1).text();
                }
                lines.add(new Line(figureKind(c.figure().heightPt()), glyphs.apply(c.figure().title()), List.of(),
                        c.figure(), glyphs.apply(c.figure().altText()), heading));
            }
        }
        return lines;
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

    private static final class Lines implements JRDataSource {
        private final List<Line> lines;
        private final Map<Figure, FigureRenderable> renderables = new HashMap<>();
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
                    return line.kind();
                case "text":
                    return line.text();
                case "alt":
                    return line.alt();
                case "heading":
                    return line.heading();
                case "para":
                    return line.para();
                case "figure":
                    return line.figure() == null ? null
                            : renderables.computeIfAbsent(line.figure(), FigureRenderable::new);
                default:
                    break;
            }
            if (name.matches("[cf][0-9]")) {
                int i = name.charAt(1) - '0';
                List<String> row = name.charAt(0) == 'c' ? line.cells() : line.firstRow();
                return i < row.size() ? row.get(i) : null;
            }
            throw new IllegalArgumentException(TEMPLATE + ".jrxml asks for unknown field " + name);
        }
    }
}
