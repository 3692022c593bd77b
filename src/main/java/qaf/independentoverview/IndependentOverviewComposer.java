package qaf.independentoverview;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import qaf.terms.Terms;
import qaf.analysis.audit.ActionTracker;
import qaf.analysis.audit.Agency;
import qaf.analysis.evaluation.CaseOutcome;
import qaf.analysis.evaluation.Evaluation;
import qaf.analysis.evaluation.EvaluationCase;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.Share;
import qaf.analysis.evaluation.SubmissionTally;
import qaf.compose.ActionsSection;
import qaf.compose.Cells;
import qaf.compose.Markdown;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.TableLayout;

/**
 * The frame for an evaluation's independent overview (appendix B, weeks 5-6): the independent
 * reviewer writes the overview, analysis, conclusions and recommendations as narrative
 * ({@code narrative/independent-overview/<evaluation>/<section>.md}), and this document sets them
 * among the evaluation's own figures and the panel's findings, worked out by
 * {@link EvaluationFindings}. A section the reviewer has not written yet says so. Board audience:
 * pseudonyms and age bands only. Pure.
 */
public final class IndependentOverviewComposer {
    static final String KIND = "independent-overview";
    /** The reviewer's sections, in reading order: each heading's slug names its narrative file. */
    static final List<String> REVIEWER_SECTIONS = List.of("Overview", "Analysis", "Conclusions", "Recommendations");
    static final String NOT_WRITTEN = "The independent reviewer has not written this section yet.";

    /**
     * @param written the narrative sections the reviewer has written (slugs), so that only the others say
     *     they are still to be written
     */
    public BlockDocument compose(String partnershipName, EvaluationFindings f, List<Agency> agencies,
            Set<String> written) {
        return compose(partnershipName, f, agencies, written, Terms.FRAMEWORK);
    }

    /** @param terms the partnership's word for its board, in the overview's account of itself */
    public BlockDocument compose(String partnershipName, EvaluationFindings f, List<Agency> agencies,
            Set<String> written, Terms terms) {
        Evaluation e = f.evaluation();
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName, "Independent overview: " + e.ref(), e.theme(),
                Audience.BOARD, refs(f));
        List<Block> body = new ArrayList<>();
        about(f, written, body, terms);
        reviewer("Overview", written, body);
        figures(f, body);
        cases(f, body);
        reviewer("Analysis", written, body);
        reviewer("Conclusions", written, body);
        reviewer("Recommendations", written, body);
        body.addAll(ActionsSection.blocks(ActionTracker.register(f.actions(), agencies, f.asOf()),
                "evaluation " + e.ref(), "Actions agreed so far", 1));
        return new BlockDocument(meta, e.ref(), "Statuses as at " + Cells.longDay(f.asOf()) + ".", body);
    }

    private static void about(EvaluationFindings f, Set<String> written, List<Block> body, Terms terms) {
        Evaluation e = f.evaluation();
        body.add(new Block.Heading(1, "About this overview"));
        String due = f.timetable().independentOverviewDue()
                .map(d -> "It is due on " + Cells.longDay(d.date()) + " (" + d.source().words() + ").")
                .orElse("Its due date is not set: the partnership issued none, and the " + e.kind().id()
                        + " timetable has no independent overview step.");
        body.add(new Block.Paragraph("After the multi-agency panel day (" + Cells.longDay(e.panelOn())
                + "), an independent reviewer looks across the evaluation's cases and writes an overview for the"
                + " " + terms.word("board", "board") + " and the agencies (appendix B, weeks 5\u20136). " + due));
        long done = REVIEWER_SECTIONS.stream().filter(s -> written.contains(Markdown.slug(s))).count();
        body.add(new Block.Paragraph("The reviewer's sections (" + String.join(", ", REVIEWER_SECTIONS) + ") hold"
                + " the reviewer's own words: " + done + " of " + REVIEWER_SECTIONS.size() + " written so far. The"
                + " figures and findings between them are the evaluation's records as at "
                + Cells.longDay(f.asOf()) + "."));
    }

    private static void reviewer(String heading, Set<String> written, List<Block> body) {
        body.add(new Block.Heading(1, heading));
        if (!written.contains(Markdown.slug(heading))) {
            body.add(new Block.Paragraph(NOT_WRITTEN));
        }
    }

    private static void figures(EvaluationFindings f, List<Block> body) {
        Evaluation e = f.evaluation();
        body.add(new Block.Heading(1, "The evaluation in figures"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Theme", e.theme()));
        rows.add(List.of("Kind", e.kind().title()));
        rows.add(List.of("Panel day", Cells.longDay(e.panelOn())));
        rows.add(List.of("Cases in the sample", Integer.toString(f.cases().size())));
        rows.add(List.of("Agencies graded", Integer.toString(f.matrix().rows().size())));
        rows.add(List.of("Agency gradings", Integer.toString(f.overall().graded())));
        rows.add(List.of("Self-grades good or better", f.overall().selfGoodOrBetter().label()));
        rows.add(List.of("Final grades good or better", f.overall().finalGoodOrBetter().label()));
        rows.add(List.of("Gradings changed by the panel", share(f.overall().regrading().regraded())));
        rows.add(List.of("Partnership effectiveness good or better", share(f.partnership().goodOrBetter())
                + (f.partnershipNotGraded() > 0 ? "; " + Cells.count(f.partnershipNotGraded(), "case", "cases")
                        + " not graded" : "")));
        rows.add(List.of("Child's voice evidenced", share(f.childVoice().evidencedShare())));
        rows.add(List.of("Submissions on time", share(SubmissionTally.of(f.submissions()).onTimeShare())));
        rows.add(List.of("Close-the-loop forms returned on time", share(f.closeTheLoop().onTimeShare())));
        body.add(new Block.Table(new DataTable("figures", List.of("Figure", "Value"), rows), TableLayout.FACTS));
        body.add(new Block.Paragraph("A share is of those counted: gradings for the grades, cases where the panel"
                + " recorded it for the child's voice, submissions and forms already due for timeliness."));
    }

    private static String share(Share s) {
        return s.isEmpty() ? "none counted" : s.label();
    }

    private static void cases(EvaluationFindings f, List<Block> body) {
        body.add(new Block.Heading(1, "The panel's findings by case"));
        if (f.cases().isEmpty()) {
            body.add(new Block.Paragraph("The evaluation has no cases in its sample."));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> findings = new ArrayList<>();
        for (CaseOutcome c : f.cases()) {
            EvaluationCase ec = c.evaluationCase();
            String name = ec.caseRef() + ", " + ec.pseudonym();
            rows.add(List.of(name, c.ageBand().label(), ec.partnershipGrade() == null ? "Not graded"
                    : ec.partnershipGrade().label(), ec.childVoice() == null ? "Not recorded"
                    : ec.childVoice().label()));
            findings.add(List.of(name, orMissing(ec.strengths()), orMissing(ec.improvements())));
        }
        body.add(new Block.Table(new DataTable("cases", List.of("Case", "Age band", "Partnership effectiveness",
                "Child's voice"), rows), TableLayout.FOUR_EVEN));
        body.add(new Block.Table(new DataTable("findings", List.of("Case", "Strengths", "Areas for improvement"),
                findings), TableLayout.THREE_TEXT));
    }

    private static String orMissing(String s) {
        return s == null || s.isBlank() ? "Not recorded" : s.strip();
    }

    private static List<String> refs(EvaluationFindings f) {
        Set<String> refs = new LinkedHashSet<>();
        refs.add(f.evaluation().ref());
        f.cases().forEach(c -> refs.add(c.evaluationCase().caseRef()));
        return List.copyOf(refs);
    }
}
