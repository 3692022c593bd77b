package qaf.evaluationoverview;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import qaf.evaluationoverview.EvaluationOverview.LoopRow;
import qaf.evaluationoverview.EvaluationOverview.MatrixBlock;
import qaf.evaluationoverview.EvaluationOverview.MatrixRow;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.pdf.FigureRenderable;
import qaf.render.pdf.GlyphSubstitution;
import qaf.render.pdf.JasperPdf;
import qaf.render.pdf.PageFurniture;

/**
 * The overview as an accessible PDF from {@code report-templates/evaluation-overview.jrxml}. The
 * template's main rows are the grade matrix's blocks of cases; every other table is a data source
 * parameter whose rows carry cells {@code c1..cN} (and {@code flag} for a highlighted row).
 */
public final class EvaluationOverviewPdf implements Renderer<EvaluationOverview> {
    static final String TEMPLATE = "evaluation-overview";

    @Override
    public void render(EvaluationOverview o, RenderContext context, OutputStream out) throws IOException {
        GlyphSubstitution glyphs = GlyphSubstitution.forDejaVuSans();
        Map<String, Object> p = PageFurniture.parameters(o.meta(), glyphs);
        p.put("SUBTITLE", glyphs.apply(o.meta().subtitle()));
        p.put("AS_AT", o.asAt());
        p.put("TIMETABLE_NOTE", glyphs.apply(o.timetableNote()));
        p.put("FACTS", rows(glyphs, o.facts().stream().map(f -> List.of(f.label(), f.value())).toList()));

        p.put("SUBMISSION_COUNT", o.submissions().size());
        p.put("SUBMISSIONS_INTRO", Texts.SUBMISSIONS_INTRO);
        p.put("SUBMISSIONS_EMPTY", o.cases().isEmpty() ? "There are no cases, so nothing was due."
                : "No submissions could be measured.");
        p.put("SUBMISSIONS", rows(glyphs, o.submissions().stream().map(s -> List.of(s.agency(),
                n(s.chronologyOnTime()), n(s.chronologyLate()), n(s.chronologyMissing()), n(s.evaluationOnTime()),
                n(s.evaluationLate()), n(s.evaluationMissing()))).toList()));
        p.put("SUBMISSIONS_NOTE", glyphs.apply(o.submissionsNote()));

        p.put("CASE_COUNT", o.cases().size());
        p.put("NO_CASES", Texts.NO_CASES);
        p.put("SAMPLE_INTRO", Texts.SAMPLE_INTRO);
        p.put("SAMPLE", rows(glyphs, o.cases().stream().map(c -> List.of(c.caseRef(), c.pseudonym(), c.ageBand(),
                c.caseType(), c.agencies())).toList()));

        p.put("MATRIX_KEY", Texts.MATRIX_KEY);
        p.put("NO_MATRIX", Texts.NO_MATRIX);

        p.put("GRADE_SUMMARY", glyphs.apply(String.join("\n", o.gradeSummary())));
        if (o.gradeChart() != null) {
            p.put("CHART", new FigureRenderable(o.gradeChart()));
            p.put("CHART_TITLE", glyphs.apply(o.gradeChart().title()));
            p.put("CHART_ALT", glyphs.apply(o.gradeChart().altText()));
        }
        p.put("GRADE_COUNTS", rows(glyphs, o.gradeCounts().stream().map(g -> List.of(g.grade(), n(g.self()),
                n(g.finals()))).toList()));

        p.put("REGRADING_COUNT", o.regradingByAgency().size());
        p.put("REGRADING", rows(glyphs, o.regradingByAgency().stream().map(r -> List.of(r.agency(), n(r.graded()),
                n(r.unchanged()), n(r.up()), n(r.down()))).toList()));
        p.put("REGRADE_COUNT", o.regrades().size());
        p.put("NO_REGRADES", Texts.NO_REGRADES);
        List<Map<String, ?>> regrades = new ArrayList<>();
        for (EvaluationOverview.Regrade r : o.regrades()) {
            Map<String, Object> row = cells(glyphs, List.of(r.agency(), r.caseRef(), r.change(), r.rationale()));
            row.put("flag", r.rationaleMissing());
            regrades.add(row);
        }
        p.put("REGRADES", new JRMapCollectionDataSource(regrades));

        p.put("FINDINGS_SUMMARY", glyphs.apply(String.join("\n", o.findingsSummary())));
        p.put("EFFECTIVENESS", rows(glyphs, o.findings().stream().map(f -> List.of(f.caseRef(), f.pseudonym(),
                f.partnershipGrade(), f.childVoice())).toList()));
        p.put("STRENGTHS", rows(glyphs, o.findings().stream().map(f -> List.of(f.caseRef() + "\n" + f.pseudonym(),
                Texts.orNotRecorded(f.strengths()), Texts.orNotRecorded(f.improvements()))).toList()));

        p.put("ACTION_COUNT", o.actions().size());
        p.put("NO_ACTIONS", Texts.NO_ACTIONS);
        p.put("ACTIONS", rows(glyphs, o.actions().stream().map(a -> List.of(a.actionRef(), a.source(),
                a.description(), a.owner(), a.due(), a.status())).toList()));

        p.put("LOOP_COUNT", o.closeTheLoop().size());
        p.put("LOOP_INTRO", Texts.closeTheLoopIntro(o.asAt()));
        p.put("NO_LOOP", Texts.NO_CLOSE_THE_LOOP);
        p.put("LOOP", rows(glyphs, o.closeTheLoop().stream().map((LoopRow l) -> List.of(l.agency(), n(l.expected()),
                n(l.onTime()), n(l.late()), n(l.outstanding()), n(l.notYetDue()))).toList()));

        p.put("NOTES", o.notes().isEmpty() ? Texts.NO_GAPS
                : String.join("\n", o.notes().stream().map(s -> "\u2022 " + glyphs.apply(s)).toList()));

        List<Map<String, ?>> blocks = matrixBlocks(o, glyphs);
        String title = glyphs.apply(o.meta().title());
        JasperPdf.render(TEMPLATE, p, new JRMapCollectionDataSource(blocks), blocks.size(), title, context, out);
        glyphs.logSummary(o.meta().kind());
    }

    /** One main row per block; a single row with no cases when nothing was graded, to print the message. */
    private static List<Map<String, ?>> matrixBlocks(EvaluationOverview o, GlyphSubstitution glyphs) {
        List<Map<String, ?>> blocks = new ArrayList<>();
        if (o.matrix().isEmpty()) {
            Map<String, Object> none = new HashMap<>();
            none.put("caseCount", 0);
            blocks.add(none);
            return blocks;
        }
        for (int i = 0; i < o.matrix().size(); i++) {
            MatrixBlock b = o.matrix().get(i);
            Map<String, Object> block = new HashMap<>();
            block.put("blockTitle", o.matrix().size() > 1 ? Texts.blockTitle(i, o.matrix().size()) : "");
            block.put("caseCount", b.caseRefs().size());
            for (int c = 0; c < b.caseHeaders().size(); c++) {
                block.put("h" + (c + 1), glyphs.apply(b.caseHeaders().get(c)));
            }
            List<Map<String, ?>> rows = new ArrayList<>();
            for (MatrixRow r : b.rows()) {
                Map<String, Object> row = new HashMap<>();
                row.put("agency", JasperPdf.cellText(glyphs.apply(r.agency())));
                for (int c = 0; c < r.cells().size(); c++) {
                    row.put("c" + (c + 1), JasperPdf.cellText(glyphs.apply(r.cells().get(c))));
                }
                row.put("regraded", r.regraded());
                rows.add(row);
            }
            block.put("rows", new JRMapCollectionDataSource(rows));
            blocks.add(block);
        }
        return blocks;
    }

    private static JRDataSource rows(GlyphSubstitution glyphs, List<List<String>> rows) {
        List<Map<String, ?>> maps = new ArrayList<>();
        for (List<String> row : rows) {
            maps.add(cells(glyphs, row));
        }
        return new JRMapCollectionDataSource(maps);
    }

    private static Map<String, Object> cells(GlyphSubstitution glyphs, List<String> row) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            map.put("c" + (i + 1), JasperPdf.cellText(glyphs.apply(row.get(i))));
        }
        return map;
    }

    private static String n(int value) {
        return Integer.toString(value);
    }
}
