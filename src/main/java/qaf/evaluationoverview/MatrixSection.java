package qaf.evaluationoverview;

import static qaf.evaluationoverview.EvaluationOverviewComposer.ARROW;
import static qaf.evaluationoverview.EvaluationOverviewComposer.DOWN;
import static qaf.evaluationoverview.EvaluationOverviewComposer.MATRIX_CASES;
import static qaf.evaluationoverview.EvaluationOverviewComposer.NOT_GRADED;
import static qaf.evaluationoverview.EvaluationOverviewComposer.UP;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.Grade;
import qaf.analysis.evaluation.GradeMatrix;
import qaf.document.Block;
import qaf.document.DataTable;
import qaf.document.TableLayout;

/** The overview's grade matrix: every agency against every case, self-grade to final grade. */
final class MatrixSection {
    private MatrixSection() {
    }

    /** The matrix's short grade words: "RI" keeps a regraded cell to two short lines. */
    static String shortGrade(Grade g) {
        return g == Grade.REQUIRES_IMPROVEMENT ? "RI" : g.label();
    }

    /** "Good", or "Good → RI ▼" for a regrade (⚑ added when the panel recorded no rationale). */
    static String cell(AgencyGrade g) {
        if (!g.regraded()) {
            return shortGrade(g.selfGrade());
        }
        return shortGrade(g.selfGrade()) + ARROW + shortGrade(g.finalGrade()) + " " + (g.stepsUp() > 0 ? UP : DOWN)
                + (g.rationaleMissing() ? " \u2691" : "");
    }

    /**
     * The agency x case matrix as tables of at most {@link #MATRIX_CASES} cases ("Cases, part 1 of 2"
     * when it takes more than one); all of them share one name, so the published CSV is the whole
     * matrix side by side (agency code, name, every case, regraded).
     */
    static void matrix(EvaluationFindings f, List<Block> body) {
        body.add(new Block.Heading(1, "Grades by agency and case"));
        GradeMatrix m = f.matrix();
        if (m.rows().isEmpty()) {
            body.add(new Block.Paragraph(FindingsSections.NO_MATRIX));
            return;
        }
        body.add(new Block.Paragraph("Each cell shows the agency's self-grade; where the panel changed it, self"
                + " \u2192 final, with \u25B2 for a regrade up and \u25BC for a regrade down. RI: requires"
                + " improvement. \u2691: regraded with no rationale recorded. \u2014: the agency did not grade the"
                + " case."));
        Map<String, String> pseudonyms = new TreeMap<>();
        f.cases().forEach(c -> pseudonyms.put(c.evaluationCase().caseRef(), c.evaluationCase().pseudonym()));
        List<String> regraded = new ArrayList<>();
        for (GradeMatrix.Row r : m.rows()) {
            List<AgencyGrade> own = r.cells().stream().flatMap(Optional::stream).toList();
            regraded.add(own.stream().filter(AgencyGrade::regraded).count() + " of " + own.size());
        }
        DataTable whole = wholeMatrix(m, regraded);
        int parts = (m.caseRefs().size() + MATRIX_CASES - 1) / MATRIX_CASES;
        for (int part = 0; part < parts; part++) {
            int from = part * MATRIX_CASES;
            int to = Math.min(from + MATRIX_CASES, m.caseRefs().size());
            if (parts > 1) {
                body.add(new Block.Heading(2, "Cases, part " + (part + 1) + " of " + parts));
            }
            List<String> header = new ArrayList<>(List.of("Agency"));
            m.caseRefs().subList(from, to).forEach(ref -> header.add(ref + "\n" + pseudonyms.get(ref)));
            header.add("Regraded");
            List<List<Block.Cell>> rows = new ArrayList<>();
            for (int i = 0; i < m.rows().size(); i++) {
                GradeMatrix.Row r = m.rows().get(i);
                List<Block.Cell> row = new ArrayList<>(List.of(Block.Cell.of(r.agencyName())));
                r.cells().subList(from, to).forEach(c -> row.add(Block.Cell.of(
                        c.map(MatrixSection::cell).orElse(NOT_GRADED))));
                row.add(Block.Cell.of(regraded.get(i)));
                rows.add(row);
            }
            body.add(new Block.Table("grade-matrix", header, rows, TableLayout.matrix(to - from), Set.of(),
                    part == 0 ? whole : null));
        }
    }

    private static DataTable wholeMatrix(GradeMatrix m, List<String> regraded) {
        List<String> header = new ArrayList<>(List.of("agency_code", "agency"));
        header.addAll(m.caseRefs());
        header.add("regraded");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < m.rows().size(); i++) {
            GradeMatrix.Row r = m.rows().get(i);
            List<String> row = new ArrayList<>(List.of(r.agencyCode(), r.agencyName()));
            r.cells().forEach(c -> row.add(c.map(MatrixSection::cell).orElse(NOT_GRADED)));
            row.add(regraded.get(i));
            rows.add(row);
        }
        return new DataTable("grade-matrix", header, rows);
    }
}
