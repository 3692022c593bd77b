package qaf.actiontracker;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.pdf.FigureRenderable;
import qaf.render.pdf.GlyphSubstitution;
import qaf.render.pdf.JasperPdf;
import qaf.render.pdf.RowSource;
import qaf.render.pdf.PageFurniture;

/**
 * The action tracker as an accessible PDF, from {@code report-templates/action-tracker.jrxml}: the
 * RAG rule, totals, chart and counts, then the actions under a heading per section (overdue, then
 * each source).
 */
public final class ActionTrackerPdf implements Renderer<ActionTrackerDocument> {
    static final String TEMPLATE = "action-tracker";

    @Override
    public void render(ActionTrackerDocument t, RenderContext context, OutputStream out) throws IOException {
        GlyphSubstitution glyphs = GlyphSubstitution.forDejaVuSans();
        Map<String, Object> p = PageFurniture.parameters(t.meta(), glyphs);
        p.put("SUBTITLE", glyphs.apply(t.meta().subtitle()));
        p.put("AS_OF", glyphs.apply("Statuses are as at " + t.asOfText() + ", the end of the reporting year."));
        p.put("RAG_RULE", bullets(t.ragRule(), glyphs));
        p.put("TOTALS", glyphs.apply(t.totals()));
        p.put("COMPLETION", glyphs.apply(t.completion()));
        p.put("IMPACT", glyphs.apply(t.impact()));
        p.put("CHART", new FigureRenderable(t.chart()));
        p.put("CHART_TITLE", glyphs.apply(t.chart().title()));
        p.put("CHART_ALT", glyphs.apply(t.chart().altText()));
        p.put("BY_SOURCE", counts(t.bySource(), glyphs));
        p.put("BY_AGENCY", counts(t.byAgency(), glyphs));
        p.put("BY_STATUS", counts(t.byStatus(), glyphs));
        p.put("NOTES", bullets(t.notes(), glyphs));
        p.put("ACTION_TOTAL", t.actions().size());
        String title = glyphs.apply(t.meta().title());
        JasperPdf.render(TEMPLATE, p, new RowSource<>(t.actions(), (row, field) -> field(row, field, glyphs)), t.actions().size(), title, context, out);
        glyphs.logSummary(t.meta().kind());
    }

    private static String bullets(List<String> lines, GlyphSubstitution glyphs) {
        return String.join("\n", lines.stream().map(n -> "\u2022 " + glyphs.apply(n)).toList());
    }

    private static JRDataSource counts(List<ActionTrackerDocument.CountRow> rows, GlyphSubstitution glyphs) {
        return new JRMapCollectionDataSource(rows.stream().<Map<String, ?>>map(r -> Map.of(
                "label", JasperPdf.cellText(glyphs.apply(r.label())),
                "red", Integer.toString(r.red()),
                "amber", Integer.toString(r.amber()),
                "green", Integer.toString(r.green()),
                "notRated", Integer.toString(r.notRated()),
                "total", Integer.toString(r.total()))).toList());
    }

    /** The actions as report rows; text is checked for glyphs as each row is read. */
    private static Object field(ActionTrackerDocument.Row r, String field, GlyphSubstitution glyphs) {
        return switch (field) {
            case "section" -> glyphs.apply(r.section());
            case "ref" -> cell(r.ref(), glyphs);
            case "source" -> cell(r.source() + "\n" + r.sourceRef(), glyphs);
            case "owner" -> cell(r.owner(), glyphs);
            case "description" -> cell(r.description(), glyphs);
            case "agreed" -> cell(r.agreed(), glyphs);
            case "due" -> cell(r.due(), glyphs);
            case "status" -> cell(r.status(), glyphs);
            case "rag" -> r.rag().name();
            case "ragWord" -> cell(r.ragWord(), glyphs);
            case "daysOverdue" -> cell(r.daysOverdue(), glyphs);
            case "evidence" -> cell("Evidence: " + r.evidence() + "\nImpact: " + r.impact(), glyphs);
            default -> throw RowSource.unknownField("action-tracker.jrxml", field);
        };
    }

    private static String cell(String text, GlyphSubstitution glyphs) {
        return JasperPdf.cellText(glyphs.apply(text));
    }
}
