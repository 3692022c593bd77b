package qaf.evaluationoverview;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import qaf.evaluationoverview.EvaluationOverview.ActionRow;
import qaf.evaluationoverview.EvaluationOverview.AgencyRegrading;
import qaf.evaluationoverview.EvaluationOverview.CaseFinding;
import qaf.evaluationoverview.EvaluationOverview.Fact;
import qaf.evaluationoverview.EvaluationOverview.GradeCountRow;
import qaf.evaluationoverview.EvaluationOverview.LoopRow;
import qaf.evaluationoverview.EvaluationOverview.MatrixBlock;
import qaf.evaluationoverview.EvaluationOverview.MatrixRow;
import qaf.evaluationoverview.EvaluationOverview.Regrade;
import qaf.evaluationoverview.EvaluationOverview.SampleCase;
import qaf.evaluationoverview.EvaluationOverview.SubmissionRow;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.docx.DocxDocument;
import qaf.render.docx.HouseStyle;
import qaf.render.docx.Span;
import qaf.render.docx.TableRow;

/**
 * The overview as an editable Word document on the house style, landscape like the PDF for the
 * grade matrix. Sections and their wording follow {@link EvaluationOverviewPdf}; a regrade with no
 * rationale is shaded AND carries the written marker.
 */
public final class EvaluationOverviewDocx implements Renderer<EvaluationOverview> {
    private final HouseStyle houseStyle;

    public EvaluationOverviewDocx() {
        this(HouseStyle.bundled());
    }

    public EvaluationOverviewDocx(HouseStyle houseStyle) {
        this.houseStyle = houseStyle;
    }

    @Override
    public void render(EvaluationOverview o, RenderContext context, OutputStream out) throws IOException {
        DocxDocument doc = DocxDocument.create(o.meta(), context, houseStyle).landscape();
        doc.title(o.meta().title());
        if (!o.meta().subtitle().isEmpty()) {
            doc.subtitle(o.meta().subtitle());
        }
        doc.paragraph(Span.strong("Statuses as at " + o.asAt()), Span.plain(" (the end of the reporting year)."));

        doc.heading(1, "About this evaluation");
        doc.table(List.of("Item", "Detail"), o.facts().stream().map((Fact f) -> TableRow.of(f.label(), f.value()))
                .toList(), 1, 3);
        if (!o.timetableNote().isEmpty()) {
            doc.paragraph(Span.strong("Timetable note: "), Span.plain(o.timetableNote()));
        }

        doc.heading(1, "Timetable compliance");
        if (o.submissions().isEmpty()) {
            doc.paragraph(o.cases().isEmpty() ? "There are no cases, so nothing was due."
                    : "No submissions could be measured.");
        } else {
            doc.paragraph(Texts.SUBMISSIONS_INTRO);
            doc.table(Texts.SUBMISSION_HEADER, o.submissions().stream().map(EvaluationOverviewDocx::row).toList(),
                    4, 1, 1, 1, 1, 1, 1);
        }
        if (!o.submissionsNote().isEmpty()) {
            doc.paragraph(o.submissionsNote());
        }

        doc.heading(1, "The case sample");
        if (o.cases().isEmpty()) {
            doc.paragraph(Texts.NO_CASES);
        } else {
            doc.paragraph(Texts.SAMPLE_INTRO);
            doc.table(Texts.SAMPLE_HEADER, o.cases().stream()
                    .map((SampleCase c) -> TableRow.of(c.caseRef(), c.pseudonym(), c.ageBand(), c.caseType(),
                            c.agencies())).toList(), 2, 2, 1, 2, 6);
        }

        doc.heading(1, "Grades by agency and case");
        if (o.matrix().isEmpty()) {
            doc.paragraph(Texts.NO_MATRIX);
        } else {
            doc.paragraph(Texts.MATRIX_KEY);
            for (int i = 0; i < o.matrix().size(); i++) {
                MatrixBlock b = o.matrix().get(i);
                if (o.matrix().size() > 1) {
                    doc.heading(2, Texts.blockTitle(i, o.matrix().size()));
                }
                List<String> header = new ArrayList<>();
                header.add("Agency");
                header.addAll(b.caseHeaders());
                header.add("Regraded");
                int[] weights = new int[header.size()];
                weights[0] = 4;
                for (int c = 1; c < weights.length; c++) {
                    weights[c] = 2;
                }
                List<TableRow> rows = new ArrayList<>();
                for (MatrixRow r : b.rows()) {
                    List<String> cells = new ArrayList<>();
                    cells.add(r.agency());
                    cells.addAll(r.cells());
                    cells.add(r.regraded());
                    rows.add(TableRow.of(cells));
                }
                doc.table(header, rows, weights);
            }
        }

        doc.heading(1, "Grade distribution");
        o.gradeSummary().forEach(doc::paragraph);
        if (o.gradeChart() != null) {
            doc.figure(o.gradeChart());
            doc.table(List.of("Grade", "Self-grade", "Final grade"), o.gradeCounts().stream()
                    .map((GradeCountRow g) -> TableRow.of(g.grade(), Integer.toString(g.self()),
                            Integer.toString(g.finals()))).toList(), 3, 1, 1);
        }

        doc.heading(1, "Regrading by agency");
        if (o.regradingByAgency().isEmpty()) {
            doc.paragraph(Texts.NO_MATRIX);
        } else {
            doc.table(List.of("Agency", "Graded", "Unchanged", "Up \u25B2", "Down \u25BC"), o.regradingByAgency()
                    .stream().map((AgencyRegrading r) -> TableRow.of(r.agency(), Integer.toString(r.graded()),
                            Integer.toString(r.unchanged()), Integer.toString(r.up()), Integer.toString(r.down())))
                    .toList(), 4, 1, 1, 1, 1);
            doc.heading(2, "The panel's rationales");
            if (o.regrades().isEmpty()) {
                doc.paragraph(Texts.NO_REGRADES);
            } else {
                doc.table(List.of("Agency", "Case", "Self \u2192 final", "Rationale"), o.regrades().stream()
                        .map((Regrade r) -> new TableRow(List.of(r.agency(), r.caseRef(), r.change(), r.rationale()),
                                false, r.rationaleMissing())).toList(), 3, 2, 3, 8);
            }
        }

        doc.heading(1, "Partnership effectiveness and the child's voice");
        if (o.findings().isEmpty()) {
            doc.paragraph(Texts.NO_CASES);
        } else {
            o.findingsSummary().forEach(doc::paragraph);
            doc.table(List.of("Case", "Pseudonym", "Partnership effectiveness", "Child's voice"), o.findings().stream()
                    .map((CaseFinding f) -> TableRow.of(f.caseRef(), f.pseudonym(), f.partnershipGrade(),
                            f.childVoice())).toList(), 2, 2, 3, 3);
        }

        doc.heading(1, "Strengths and areas for improvement");
        if (o.findings().isEmpty()) {
            doc.paragraph(Texts.NO_CASES);
        } else {
            doc.table(List.of("Case", "Strengths", "Areas for improvement"), o.findings().stream()
                    .map((CaseFinding f) -> TableRow.of(f.caseRef() + "\n" + f.pseudonym(),
                            Texts.orNotRecorded(f.strengths()), Texts.orNotRecorded(f.improvements()))).toList(),
                    2, 5, 5);
        }

        doc.heading(1, "Thematic action plan");
        if (o.actions().isEmpty()) {
            doc.paragraph(Texts.NO_ACTIONS);
        } else {
            doc.paragraph("Status as at " + o.asAt() + ".");
            doc.table(List.of("Ref", "Source", "Action", "Owner", "Due", "Status"), o.actions().stream()
                    .map((ActionRow a) -> TableRow.of(a.actionRef(), a.source(), a.description(), a.owner(), a.due(),
                            a.status())).toList(), 2, 2, 8, 3, 2, 3);
        }

        doc.heading(1, "Close-the-loop compliance");
        if (o.closeTheLoop().isEmpty()) {
            doc.paragraph(Texts.NO_CLOSE_THE_LOOP);
        } else {
            doc.paragraph(Texts.closeTheLoopIntro(o.asAt()));
            List<TableRow> rows = new ArrayList<>();
            for (int i = 0; i < o.closeTheLoop().size(); i++) {
                LoopRow l = o.closeTheLoop().get(i);
                rows.add(new TableRow(List.of(l.agency(), Integer.toString(l.expected()), Integer.toString(l.onTime()),
                        Integer.toString(l.late()), Integer.toString(l.outstanding()), Integer.toString(l.notYetDue())),
                        i == o.closeTheLoop().size() - 1, false));
            }
            doc.table(Texts.LOOP_HEADER, rows, 4, 1, 1, 1, 1, 1);
        }

        doc.heading(1, "Gaps in the data");
        if (o.notes().isEmpty()) {
            doc.paragraph(Texts.NO_GAPS);
        } else {
            doc.bulletList(o.notes());
        }
        doc.save(out);
    }

    private static TableRow row(SubmissionRow s) {
        return TableRow.of(s.agency(), Integer.toString(s.chronologyOnTime()), Integer.toString(s.chronologyLate()),
                Integer.toString(s.chronologyMissing()), Integer.toString(s.evaluationOnTime()),
                Integer.toString(s.evaluationLate()), Integer.toString(s.evaluationMissing()));
    }
}
