package qaf.singleagencyoverview;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.pdf.GlyphSubstitution;
import qaf.render.pdf.JasperPdf;
import qaf.render.pdf.RowSource;
import qaf.render.pdf.PageFurniture;

/**
 * The single agency audit overview as an accessible PDF, from
 * {@code report-templates/single-agency-overview.jrxml}: the returns, then one row per agency
 * section, grouped under a heading per agency.
 */
public final class SingleAgencyOverviewPdf implements Renderer<SingleAgencyOverviewDocument> {
    static final String TEMPLATE = "single-agency-overview";

    /** One printed block: an agency's return line or one of its sections. */
    record Block(String agency, String title, String text) {
    }

    @Override
    public void render(SingleAgencyOverviewDocument o, RenderContext context, OutputStream out) throws IOException {
        GlyphSubstitution glyphs = GlyphSubstitution.forDejaVuSans();
        Map<String, Object> p = PageFurniture.parameters(o.meta(), glyphs);
        p.put("SUBTITLE", glyphs.apply(o.meta().subtitle()));
        p.put("DUE_RULE", glyphs.apply(o.dueRule()));
        p.put("AS_OF", glyphs.apply(o.asOf()));
        p.put("RATES", String.join("\n", o.rates().stream().map(r -> "\u2022 " + glyphs.apply(r)).toList()));
        p.put("RETURNS", new JRMapCollectionDataSource(o.returns().stream().<Map<String, ?>>map(r -> Map.of(
                "agency", cell(glyphs, r.agency()), "submittedOn", cell(glyphs, r.submittedOn()),
                "status", cell(glyphs, r.status()), "how", cell(glyphs, r.howActioned()))).toList()));
        p.put("HOW", new JRMapCollectionDataSource(o.howActioned().stream().<Map<String, ?>>map(h -> Map.of(
                "how", cell(glyphs, h.how()), "audits", Integer.toString(h.audits()))).toList()));
        p.put("NOTES", String.join("\n", o.notes().stream().map(n -> "\u2022 " + glyphs.apply(n)).toList()));
        p.put("YEAR", glyphs.apply(o.year()));
        List<Block> blocks = new ArrayList<>();
        for (SingleAgencyOverviewDocument.AgencyAudit a : o.audits()) {
            blocks.add(new Block(a.heading(), "Return", a.status()
                    + (a.sections().isEmpty() ? " No audit was received, so there is nothing to summarise." : "")));
            for (SingleAgencyOverviewDocument.Section s : a.sections()) {
                blocks.add(new Block(a.heading(), s.title(), s.text()));
            }
        }
        p.put("AUDIT_TOTAL", o.audits().size());
        String title = glyphs.apply(o.meta().title());
        JasperPdf.render(TEMPLATE, p, new RowSource<>(blocks, (row, field) -> field(row, field, glyphs)), blocks.size(), title, context, out);
        glyphs.logSummary(o.meta().kind());
    }

    private static String cell(GlyphSubstitution glyphs, String text) {
        return JasperPdf.cellText(glyphs.apply(text));
    }

    private static Object field(Block b, String field, GlyphSubstitution glyphs) {
        return switch (field) {
            case "agency" -> glyphs.apply(b.agency());
            case "title" -> glyphs.apply(b.title());
            case "text" -> glyphs.apply(b.text());
            default -> throw RowSource.unknownField("single-agency-overview.jrxml", field);
        };
    }
}
