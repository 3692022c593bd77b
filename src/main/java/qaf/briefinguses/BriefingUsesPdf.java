package qaf.briefinguses;

import qaf.analysis.briefing.BriefingUseRollup;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.pdf.GlyphSubstitution;
import qaf.render.pdf.JasperPdf;
import qaf.render.pdf.RowSource;
import qaf.render.pdf.PageFurniture;

/** The 7MB action plan roll-up as an accessible PDF, from {@code report-templates/briefing-uses.jrxml}. */
public final class BriefingUsesPdf implements Renderer<BriefingUsesDocument> {
    static final String TEMPLATE = "briefing-uses";

    @Override
    public void render(BriefingUsesDocument d, RenderContext context, OutputStream out) throws IOException {
        GlyphSubstitution glyphs = GlyphSubstitution.forDejaVuSans();
        Map<String, Object> p = PageFurniture.parameters(d.meta(), glyphs);
        p.put("SUBTITLE", glyphs.apply(d.meta().subtitle()));
        p.put("SUMMARY", glyphs.apply(String.join("\n", d.summary())));
        p.put("BRIEFINGS", table(d.briefingRows(), glyphs));
        p.put("AGENCIES", table(d.agencyRows(), glyphs));
        List<BriefingUseRollup.Named> without = d.rollup().agenciesWithoutUse();
        p.put("WITHOUT_USE", without.isEmpty() ? "Every agency cascaded at least one briefing."
                : glyphs.apply(String.join("\n", without.stream().map(a -> "\u2022 " + a.name()).toList())));
        p.put("NOTES", glyphs.apply(String.join("\n", d.notes().stream().map(n -> "\u2022 " + n).toList())));
        p.put("SESSION_TOTAL", d.sessions().size());
        String title = glyphs.apply(d.meta().title());
        JasperPdf.render(TEMPLATE, p, new RowSource<>(d.sessions(), (row, field) -> field(row, field, glyphs)), d.sessions().size(), title, context, out);
        glyphs.logSummary(d.meta().kind());
    }

    private static JRMapCollectionDataSource table(List<List<String>> rows, GlyphSubstitution glyphs) {
        return new JRMapCollectionDataSource(rows.stream().<Map<String, ?>>map(r -> {
            Map<String, Object> m = new HashMap<>();
            for (int i = 0; i < r.size(); i++) {
                m.put("c" + i, JasperPdf.cellText(glyphs.apply(r.get(i))));
            }
            return m;
        }).toList());
    }

    private static Object field(BriefingUsesDocument.Session s, String field, GlyphSubstitution glyphs) {
        String value = switch (field) {
            case "briefingRef" -> s.briefingRef();
            case "agencyName" -> s.agencyName();
            case "deliveredOn" -> s.deliveredOn();
            case "team" -> s.team();
            case "attendees" -> Integer.toString(s.attendees());
            case "actionsAgreed" -> s.actionsAgreed();
            default -> throw RowSource.unknownField("briefing-uses.jrxml", field);
        };
        return JasperPdf.cellText(glyphs.apply(value));
    }
}
