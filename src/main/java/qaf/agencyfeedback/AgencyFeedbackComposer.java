package qaf.agencyfeedback;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.AgencyPosition;
import qaf.analysis.evaluation.CaseOutcome;
import qaf.analysis.evaluation.CloseTheLoopItem;
import qaf.analysis.evaluation.EvaluationCase;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.Flag;
import qaf.analysis.evaluation.GradeAnalysis;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DocumentMeta;
import qaf.document.Inline;
import qaf.document.ReportDocument;
import qaf.terms.Terms;

/**
 * Composes one agency's feedback from an evaluation's findings as one block document, to be sent to
 * its board representative. Pure: findings in, document out. The document holds pseudonyms and case
 * types only (board audience): this class never sees a child's name. This class words the covering
 * particulars and orders the sections; the sections are {@link FeedbackSections}, the covering
 * note's text {@link CoveringNote}.
 */
public final class AgencyFeedbackComposer {
    static final String KIND = "agency-feedback";
    static final String NOT_RECORDED = "not recorded";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** In the framework's own words: what a partnership without terms.csv reads. */
    public BlockDocument compose(String partnershipName, EvaluationFindings findings, String agencyCode) {
        return compose(partnershipName, findings, agencyCode, Terms.FRAMEWORK);
    }

    /**
     * @param partnershipName the partnership's name, for the page furniture and the covering note
     * @param findings the evaluation's findings as at the end of the reporting year
     * @param agencyCode an agency graded in the evaluation
     * @param terms the partnership's words for the board and the subgroup the agency reports back to
     * @throws IllegalArgumentException if the agency graded no case of the evaluation
     */
    public BlockDocument compose(String partnershipName, EvaluationFindings findings, String agencyCode, Terms terms) {
        List<AgencyGrade> own = findings.gradesOf(agencyCode);
        if (own.isEmpty()) {
            throw new IllegalArgumentException("agency " + agencyCode + " graded no case in evaluation "
                    + findings.evaluation().ref());
        }
        AgencyGrade first = own.get(0);
        String agency = first.agencyName();
        String lead = blank(first.leadPerson()) ? NOT_RECORDED : first.leadPerson().strip();
        Map<String, EvaluationCase> cases = new TreeMap<>();
        for (CaseOutcome c : findings.cases()) {
            cases.put(c.evaluationCase().caseRef(), c.evaluationCase());
        }
        String ref = findings.evaluation().ref();
        String asAt = DAY.format(findings.asOf());
        List<AgencyGrade> all = findings.cases().stream().flatMap(c -> c.grades().stream()).toList();
        AgencyPosition position = GradeAnalysis.position(all, agencyCode);
        List<CloseTheLoopItem> due = findings.closeTheLoop().expected().stream()
                .filter(i -> i.grade().agencyCode().equals(agencyCode)).toList();

        List<Block> body = new ArrayList<>();
        body.add(new Block.Heading(1, "Covering note"));
        body.add(new Block.Paragraph(CoveringNote.covering(partnershipName, findings, agency, lead, own, position, due,
                asAt, terms)));
        body.add(facts(List.of(
                List.of("Evaluation", ref),
                List.of("Theme", findings.evaluation().theme()),
                List.of("Kind", findings.evaluation().kind().title()),
                List.of("Panel day", DAY.format(findings.evaluation().panelOn())),
                List.of("Agency", agency),
                List.of("Evaluation lead", lead),
                List.of("Statuses as at", asAt))));
        FeedbackSections.grades(own, cases, body);
        FeedbackSections.strengths(own, cases, agency, body);
        FeedbackSections.position(findings, agencyCode, agency, all, position, body);
        FeedbackSections.actions(findings, agencyCode, agency, body);
        FeedbackSections.returns(due, cases, agency, body);
        List<String> notes = new ArrayList<>();
        for (Flag f : findings.flags()) {
            if (f.agencyCode() == null || f.agencyCode().equals(agencyCode)) {
                notes.add(f.message());
            }
        }
        if (!notes.isEmpty()) {
            body.add(new Block.Heading(1, "Notes"));
            body.add(new Block.Bullets(notes));
        }

        List<String> refs = new ArrayList<>();
        refs.add(ref);
        refs.add(agencyCode);
        own.forEach(g -> refs.add(g.caseRef()));
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName, "Agency feedback: " + agency,
                "Multi-agency case evaluation " + ref + ": " + findings.evaluation().theme(), Audience.BOARD, refs);
        // <evaluation>_<agency>, as published before the block model.
        String fileName = ReportDocument.safeName(ref) + "_" + ReportDocument.safeName(agencyCode);
        return new BlockDocument(meta, fileName, "", body);
    }

    /** "Label: value" lines in one paragraph, the labels in bold: the covering note's particulars. */
    private static Block facts(List<List<String>> facts) {
        List<Inline> runs = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            runs.add(Inline.strong(facts.get(i).get(0) + ": "));
            runs.add(Inline.plain(facts.get(i).get(1) + (i < facts.size() - 1 ? "\n" : "")));
        }
        return new Block.Paragraph(runs);
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
