package qaf.agencyfeedback;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.pdf.GlyphSubstitution;
import qaf.render.pdf.JasperPdf;
import qaf.render.pdf.PageFurniture;

/** Agency feedback as an accessible PDF, from {@code report-templates/agency-feedback.jrxml}. */
public final class AgencyFeedbackPdf implements Renderer<AgencyFeedbackDocument> {
    static final String TEMPLATE = "agency-feedback";

    @Override
    public void render(AgencyFeedbackDocument f, RenderContext context, OutputStream out) throws IOException {
        GlyphSubstitution glyphs = GlyphSubstitution.forDejaVuSans();
        Map<String, Object> p = PageFurniture.parameters(f.meta(), glyphs);
        p.put("SUBTITLE", glyphs.apply(f.meta().subtitle()));
        p.put("COVERING", glyphs.apply(f.covering()));
        p.put("FACTS", f.facts().stream().map(x -> glyphs.apply(x.label() + ": " + x.value()))
                .collect(Collectors.joining("\n")));
        p.put("AGENCY_NAME", glyphs.apply(f.agencyName()));
        p.put("GRADES_COUNT", f.grades().size());
        p.put("GRADES", rows(f.grades().stream().<Map<String, ?>>map(g -> Map.of(
                "caseRef", cell(glyphs, g.caseRef()), "pseudonym", cell(glyphs, g.pseudonym()),
                "caseType", cell(glyphs, g.caseType()), "selfGrade", cell(glyphs, g.selfGrade()),
                "finalGrade", cell(glyphs, g.finalGrade()), "change", cell(glyphs, g.change()),
                "rationale", cell(glyphs, g.rationale()))).toList()));
        p.put("POSITION", rows(f.position().stream().<Map<String, ?>>map(r -> Map.of(
                "measure", cell(glyphs, r.measure()), "agency", cell(glyphs, r.agency()),
                "others", cell(glyphs, r.others()))).toList()));
        p.put("POSITION_NOTE", glyphs.apply(f.positionNote()));
        p.put("ACTIONS_COUNT", f.actions().size());
        p.put("ACTIONS", rows(f.actions().stream().<Map<String, ?>>map(a -> Map.of(
                "actionRef", cell(glyphs, a.actionRef()), "description", cell(glyphs, a.description()),
                "due", cell(glyphs, a.due()), "status", cell(glyphs, a.status()),
                "completed", cell(glyphs, a.completed()))).toList()));
        p.put("NO_ACTIONS", glyphs.apply("The evaluation's action plan holds no action for " + f.agencyName() + "."));
        p.put("RETURNS_COUNT", f.returns().size());
        p.put("RETURNS", rows(f.returns().stream().<Map<String, ?>>map(r -> Map.of(
                "caseRef", cell(glyphs, r.caseRef()), "pseudonym", cell(glyphs, r.pseudonym()),
                "finalGrade", cell(glyphs, r.finalGrade()), "due", cell(glyphs, r.due()),
                "returned", cell(glyphs, r.returned()), "status", cell(glyphs, r.status()))).toList()));
        p.put("NO_RETURNS", glyphs.apply("No close-the-loop form was due: no final grade of " + f.agencyName()
                + " was requires improvement or inadequate."));
        p.put("NOTES", f.notes().stream().map(n -> "\u2022 " + glyphs.apply(n)).collect(Collectors.joining("\n")));
        JasperPdf.render(TEMPLATE, p, new JREmptyDataSource(1), 1, glyphs.apply(f.meta().title()), context, out);
        glyphs.logSummary(f.meta().kind());
    }

    private static JRMapCollectionDataSource rows(List<Map<String, ?>> rows) {
        return new JRMapCollectionDataSource(rows);
    }

    private static String cell(GlyphSubstitution glyphs, String text) {
        return JasperPdf.cellText(glyphs.apply(text));
    }
}
