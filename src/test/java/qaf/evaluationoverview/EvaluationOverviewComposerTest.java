package qaf.evaluationoverview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.evaluationoverview.EvaluationOverview.ActionRow;
import qaf.evaluationoverview.EvaluationOverview.AgencyRegrading;
import qaf.evaluationoverview.EvaluationOverview.CaseFinding;
import qaf.evaluationoverview.EvaluationOverview.GradeCountRow;
import qaf.evaluationoverview.EvaluationOverview.LoopRow;
import qaf.evaluationoverview.EvaluationOverview.MatrixRow;
import qaf.evaluationoverview.EvaluationOverview.Regrade;
import qaf.evaluationoverview.EvaluationOverview.SampleCase;
import qaf.evaluationoverview.EvaluationOverview.SubmissionRow;
import qaf.document.Audience;
import qaf.document.DataTable;

/** The expected values are worked out by hand in {@link OverviewFixtures}' table. */
class EvaluationOverviewComposerTest {
    private final EvaluationOverview awkward = OverviewFixtures.compose(OverviewFixtures.awkward());

    @Test
    void isABoardDocumentNamedByTheEvaluationRef() {
        assertEquals(Audience.BOARD, awkward.meta().audience());
        assertEquals("E-AWK", awkward.name());
        assertEquals("Evaluation overview: E-AWK", awkward.meta().title());
        assertEquals(List.of("E-AWK", "C-01", "C-02", "C-03", "CSC", "POL"), awkward.meta().refs());
        assertEquals("31 March 2019", awkward.asAt());
    }

    @Test
    void sampleShowsPseudonymAgeBandAtThePanelDayTypeAndAgencies() {
        assertEquals(List.of(
                new SampleCase("C-01", "Child A", "11–15", "Child protection",
                        "Children's Social Care, Kestrel Vale Police"),
                new SampleCase("C-02", "Child B", "0–4", "Child in need", "Children's Social Care, Kestrel Vale Police"),
                // 17th birthday on the panel day: 16-17, not 11-15.
                new SampleCase("C-03", "Child C", "16–17", "Child in care", "None graded")), awkward.cases());
    }

    @Test
    void matrixShowsSelfToFinalWithArrowsAndFlagsAMissingRationale() {
        assertEquals(1, awkward.matrix().size());
        assertEquals(List.of("C-01\nChild A", "C-02\nChild B", "C-03\nChild C"), awkward.matrix().get(0).caseHeaders());
        assertEquals(List.of(
                new MatrixRow("CSC", "Children's Social Care", List.of("Good", "RI \u2192 Good \u25B2", "\u2014"),
                        "1 of 2"),
                new MatrixRow("POL", "Kestrel Vale Police", List.of("Good \u2192 RI \u25BC \u2691", "Inadequate",
                        "\u2014"), "1 of 2")), awkward.matrix().get(0).rows());
    }

    @Test
    void gradeCountsAndChartSaySelfAgainstFinal() {
        assertEquals(List.of(new GradeCountRow("Outstanding", 0, 0), new GradeCountRow("Good", 2, 2),
                new GradeCountRow("Requires improvement", 1, 1), new GradeCountRow("Inadequate", 1, 1)),
                awkward.gradeCounts());
        assertEquals(List.of("Agency gradings: 4.", "Self-grades good or better: 50% (2 of 4).",
                "Final grades good or better: 50% (2 of 4).", "Regraded by the panel: 50% (2 of 4): 1 up, 1 down.",
                "\u2691 Regrades with no rationale recorded: 1."), awkward.gradeSummary());
        assertNotNull(awkward.gradeChart());
        assertEquals("Bar chart of 4 grades, self-grade against final grade. Self-grade: Outstanding 0, Good 2,"
                + " Requires improvement 1, Inadequate 1. Final grade: Outstanding 0, Good 2, Requires improvement 1,"
                + " Inadequate 1.", awkward.gradeChart().altText());
    }

    @Test
    void everyRegradeKeepsItsRationaleAndAMissingOneIsSaidNotInvented() {
        assertEquals(List.of(new AgencyRegrading("CSC", "Children's Social Care", 2, 1, 1, 0),
                new AgencyRegrading("POL", "Kestrel Vale Police", 2, 1, 0, 1)), awkward.regradingByAgency());
        assertEquals(List.of(
                new Regrade("CSC", "Children's Social Care", "C-02", "Requires improvement \u2192 Good \u25B2 up 1",
                        "Evidence at panel showed prompt visits.", false),
                new Regrade("POL", "Kestrel Vale Police", "C-01", "Good \u2192 Requires improvement \u25BC down 1",
                        "\u2691 No rationale recorded", true)), awkward.regrades());
    }

    @Test
    void submissionsPerAgencyAsAtTheYearEnd() {
        assertEquals(List.of(new SubmissionRow("CSC", "Children's Social Care", 2, 0, 0, 0, 2, 0),
                new SubmissionRow("POL", "Kestrel Vale Police", 0, 0, 2, 0, 0, 2)), awkward.submissions());
        assertEquals("", awkward.submissionsNote());
        assertEquals("", awkward.timetableNote());
    }

    @Test
    void findingsPerCaseWithNotRecordedWherePanelLeftThemBlank() {
        assertEquals(List.of(
                new CaseFinding("C-01", "Child A", "Good", "Evidenced", "School kept Child A safe.",
                        "Child A's wishes not recorded."),
                new CaseFinding("C-02", "Child B", "Requires improvement", "Partly evidenced", "Prompt home visits.", ""),
                new CaseFinding("C-03", "Child C", "Not recorded", "Not recorded", "", "")), awkward.findings());
        assertEquals(List.of(
                "Partnership effectiveness: outstanding 0, good 1, requires improvement 1, inadequate 0;"
                        + " not recorded 1.",
                "Child's voice: evidenced 1, partly evidenced 1, not evidenced 0; not recorded 1."),
                awkward.findingsSummary());
    }

    @Test
    void actionStatusesAreAsAtTheYearEnd() {
        assertEquals(List.of(
                new ActionRow("ACT-1", "Evaluation", "Audit 10 assessments.", "Children's Social Care", "31/01/2019",
                        "Not complete at 31/03/2019 \u2013 overdue (completed 10/04/2019)"),
                new ActionRow("ACT-2", "Thematic", "Publish a briefing.", "Partnership", "30/06/2019", "Open"),
                new ActionRow("ACT-3", "Case C-02", "Review the missed visits.", "Kestrel Vale Police", "01/02/2019",
                        "In progress \u2013 overdue")), awkward.actions());
    }

    @Test
    void closeTheLoopPerAgencyThenTotal() {
        assertEquals(List.of(new LoopRow("Kestrel Vale Police", 2, 1, 0, 1, 0),
                new LoopRow("All agencies", 2, 1, 0, 1, 0)), awkward.closeTheLoop());
    }

    @Test
    void gapsAreStatedPlainly() {
        assertEquals(List.of(
                "No agency has graded its involvement in case C-03.",
                "The panel regraded Kestrel Vale Police on case C-01 from good to requires improvement but recorded"
                        + " no rationale.",
                "Kestrel Vale Police graded its involvement in case C-01 but sent no chronology entries."),
                awkward.notes());
    }

    @Test
    void anEvaluationWithNoCasesSaysSoAndHasNoChart() {
        EvaluationOverview empty = OverviewFixtures.compose(OverviewFixtures.empty());
        assertTrue(empty.cases().isEmpty());
        assertTrue(empty.matrix().isEmpty());
        assertNull(empty.gradeChart());
        assertEquals(List.of("No agency graded any case of this evaluation."), empty.gradeSummary());
        assertTrue(empty.closeTheLoop().isEmpty());
        assertEquals(List.of("Evaluation E-EMPTY has no cases in its sample."), empty.notes());
        assertTrue(empty.facts().contains(new EvaluationOverview.Fact("Chair", "Not recorded")));
    }

    @Test
    void moreCasesThanFitAcrossAPageSplitTheMatrixIntoBlocks() {
        EvaluationOverview big = OverviewFixtures.compose(OverviewFixtures.large(8, 3));
        assertEquals(2, big.matrix().size());
        assertEquals(7, big.matrix().get(0).caseRefs().size());
        assertEquals(List.of("C-08"), big.matrix().get(1).caseRefs());
        // The published table puts every case side by side again: agency code, name, 8 cases, regraded.
        DataTable matrix = big.dataTables().stream().filter(t -> t.name().equals("grade-matrix")).findFirst()
                .orElseThrow();
        assertEquals(11, matrix.header().size());
        assertEquals(List.of("A03", "Agency number 3", "RI", "RI", "RI", "RI", "RI", "RI", "RI", "RI", "0 of 8"),
                matrix.rows().get(2));
    }

    @Test
    void noDataTableCarriesADateOfBirthOrCaseWorker() {
        String all = awkward.dataTables().toString() + awkward.meta();
        for (String dob : List.of("2005-01-10", "10/01/2005", "2016-03-01", "01/03/2016", "2001-11-28", "28/11/2001",
                "Worker Name", "Manager Name", "Story of")) {
            assertFalse(all.contains(dob), dob);
        }
    }
}
