package qaf.evaluationoverview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DataTable;
import qaf.document.TableLayout;
import qaf.document.Tone;

/** The expected values are worked out by hand in {@link OverviewFixtures}' table. */
class EvaluationOverviewComposerTest {
    private final BlockDocument awkward = OverviewFixtures.compose(OverviewFixtures.awkward());

    /** The tables of that name, in reading order. */
    private static List<Block.Table> tables(BlockDocument d, String name) {
        return d.body().stream().filter(b -> b instanceof Block.Table t && t.name().equals(name))
                .map(b -> (Block.Table) b).toList();
    }

    /** The cells' text of the first table of that name, as the page shows them. */
    private static List<List<String>> shown(BlockDocument d, String name) {
        List<Block.Table> found = tables(d, name);
        if (found.isEmpty()) {
            throw new AssertionError("no table " + name);
        }
        return found.get(0).rows().stream().map(r -> r.stream().map(Block.Cell::text).toList()).toList();
    }

    private static DataTable published(BlockDocument d, String name) {
        return d.dataTables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no published table " + name));
    }

    private static List<String> headings(BlockDocument d) {
        return d.body().stream().filter(b -> b instanceof Block.Heading).map(b -> (Block.Heading) b)
                .map(h -> "#".repeat(h.level()) + " " + h.text()).toList();
    }

    private static String text(BlockDocument d) {
        return d.body().stream().map(b -> b instanceof Block.Paragraph p ? p.text()
                : b instanceof Block.Bullets l ? String.join("\n", l.texts())
                : b instanceof Block.Heading h ? h.text() : "").collect(Collectors.joining("\n"));
    }

    @Test
    void isALandscapeBoardDocumentNamedByTheEvaluationRef() {
        assertEquals(Audience.BOARD, awkward.meta().audience());
        assertEquals("E-AWK", awkward.name());
        assertEquals(BlockDocument.Orientation.LANDSCAPE, awkward.orientation());
        assertEquals("Evaluation overview: E-AWK", awkward.meta().title());
        assertEquals(List.of("E-AWK", "C-01", "C-02", "C-03", "CSC", "POL"), awkward.meta().refs());
        assertEquals("Statuses as at 31 March 2019.", awkward.asAt());
    }

    @Test
    void sectionsInReadingOrder() {
        assertEquals(List.of("# About this evaluation", "# Timetable compliance", "# The case sample",
                "# Grades by agency and case", "# Grade distribution", "# Regrading by agency",
                "## The panel's rationales", "# Partnership effectiveness and the child's voice",
                "# Strengths and areas for improvement", "# Thematic action plan", "# Close-the-loop compliance",
                "# Gaps in the data"), headings(awkward));
    }

    @Test
    void sampleShowsPseudonymAgeBandAtThePanelDayTypeAndAgencies() {
        assertEquals(List.of(
                List.of("C-01", "Child A", "11–15", "Child protection", "Children's Social Care, Kestrel Vale Police"),
                List.of("C-02", "Child B", "0–4", "Child in need", "Children's Social Care, Kestrel Vale Police"),
                // 17th birthday on the panel day: 16-17, not 11-15.
                List.of("C-03", "Child C", "16–17", "Child in care", "None graded")), shown(awkward, "case-sample"));
    }

    @Test
    void matrixShowsSelfToFinalWithArrowsAndFlagsAMissingRationale() {
        List<Block.Table> matrix = tables(awkward, "grade-matrix");
        assertEquals(1, matrix.size());
        assertEquals(TableLayout.MATRIX_3, matrix.get(0).layout());
        assertEquals(List.of("Agency", "C-01\nChild A", "C-02\nChild B", "C-03\nChild C", "Regraded"),
                matrix.get(0).header());
        assertEquals(List.of(
                List.of("Children's Social Care", "Good", "RI \u2192 Good \u25B2", "\u2014", "1 of 2"),
                List.of("Kestrel Vale Police", "Good \u2192 RI \u25BC \u2691", "Inadequate", "\u2014", "1 of 2")),
                shown(awkward, "grade-matrix"));
        assertTrue(text(awkward).contains("\u2691: regraded with no rationale recorded."));
    }

    @Test
    void gradeCountsAndChartSaySelfAgainstFinal() {
        assertEquals(List.of(List.of("Outstanding", "0", "0"), List.of("Good", "2", "2"),
                List.of("Requires improvement", "1", "1"), List.of("Inadequate", "1", "1")),
                shown(awkward, "grade-distribution"));
        assertTrue(text(awkward).contains("Agency gradings: 4.\nSelf-grades good or better: 2 of 4.\n"
                + "Final grades good or better: 2 of 4.\nRegraded by the panel: 2 of 4: 1 up, 1 down.\n"
                + "\u2691 Regrades with no rationale recorded: 1."));
        Block.Figure chart = awkward.body().stream().filter(b -> b instanceof Block.Figure).map(b -> (Block.Figure) b)
                .findFirst().orElseThrow();
        assertEquals("Agency grades: self against final", chart.chart().title());
        assertEquals("Bar chart of 4 grades, self-grade against final grade. Self-grade: Outstanding 0, Good 2,"
                + " Requires improvement 1, Inadequate 1. Final grade: Outstanding 0, Good 2, Requires improvement 1,"
                + " Inadequate 1.", chart.chart().altText());
        // The chart's series and the table below it are one CSV.
        assertEquals(1, awkward.dataTables().stream().filter(t -> t.name().equals("grade-distribution")).count());
    }

    @Test
    void everyRegradeKeepsItsRationaleAndAMissingOneIsSaidNotInvented() {
        assertEquals(List.of(List.of("Children's Social Care", "2", "1", "1", "0"),
                List.of("Kestrel Vale Police", "2", "1", "0", "1")), shown(awkward, "regrading-by-agency"));
        assertEquals(List.of(
                List.of("Children's Social Care", "C-02", "Requires improvement \u2192 Good \u25B2 up 1",
                        "Evidence at panel showed prompt visits."),
                List.of("Kestrel Vale Police", "C-01", "Good \u2192 Requires improvement \u25BC down 1",
                        "\u2691 No rationale recorded")), shown(awkward, "regrades"));
        Block.Table regrades = tables(awkward, "regrades").get(0);
        assertTrue(regrades.rows().get(0).stream().allMatch(c -> c.tone() == null));
        assertTrue(regrades.rows().get(1).stream().allMatch(c -> c.tone() == Tone.FLAG));
        assertEquals(List.of("POL", "Kestrel Vale Police", "C-01", "Good \u2192 Requires improvement \u25BC down 1",
                "\u2691 No rationale recorded", "yes"), published(awkward, "regrades").rows().get(1));
    }

    @Test
    void submissionsPerAgencyAsAtTheYearEnd() {
        assertEquals(List.of(List.of("Children's Social Care", "2", "0", "0", "0", "2", "0"),
                List.of("Kestrel Vale Police", "0", "0", "2", "0", "0", "2")), shown(awkward, "submissions"));
        assertEquals(List.of("CSC", "Children's Social Care", "2", "0", "0", "0", "2", "0"),
                published(awkward, "submissions").rows().get(0));
        assertEquals(java.util.Set.of(1, 2, 3, 4, 5, 6), tables(awkward, "submissions").get(0).numeric());
        assertFalse(text(awkward).contains("Not counted above"));
        assertFalse(text(awkward).contains("Timetable note"));
    }

    @Test
    void findingsPerCaseWithNotRecordedWherePanelLeftThemBlank() {
        assertEquals(List.of(
                List.of("C-01", "Child A", "Good", "Evidenced"),
                List.of("C-02", "Child B", "Requires improvement", "Partly evidenced"),
                List.of("C-03", "Child C", "Not recorded", "Not recorded")), shown(awkward, "case-findings"));
        Block.Table strengths = tables(awkward, "case-findings").get(1);
        assertEquals(List.of("Case", "Strengths", "Areas for improvement"), strengths.header());
        assertEquals(List.of("C-02\nChild B", "Prompt home visits.", "Not recorded"),
                strengths.rows().get(1).stream().map(Block.Cell::text).toList());
        // Published once, with every finding, blank where the panel left it blank.
        assertEquals(List.of("C-02", "Child B", "Requires improvement", "Partly evidenced", "Prompt home visits.", ""),
                published(awkward, "case-findings").rows().get(1));
        assertTrue(text(awkward).contains("Partnership effectiveness: outstanding 0, good 1, requires improvement 1,"
                + " inadequate 0; not recorded 1.\nChild's voice: evidenced 1, partly evidenced 1, not evidenced 0;"
                + " not recorded 1."));
    }

    @Test
    void actionStatusesAreAsAtTheYearEndAndOverdueIsRed() {
        assertEquals(List.of(
                List.of("ACT-1", "Evaluation", "Audit 10 assessments.", "Children's Social Care", "31/01/2019",
                        "Not complete at 31/03/2019 \u2013 overdue (completed 10/04/2019)"),
                List.of("ACT-2", "Thematic", "Publish a briefing.", "Partnership", "30/06/2019", "Open"),
                List.of("ACT-3", "Case C-02", "Review the missed visits.", "Kestrel Vale Police", "01/02/2019",
                        "In progress \u2013 overdue")), shown(awkward, "actions"));
        List<Tone> tones = tables(awkward, "actions").get(0).rows().stream().map(r -> r.get(5).tone()).toList();
        assertEquals(java.util.Arrays.asList(Tone.BAD, null, Tone.BAD), tones);
    }

    @Test
    void closeTheLoopPerAgencyThenABoldTotal() {
        assertEquals(List.of(List.of("Kestrel Vale Police", "2", "1", "0", "1", "0"),
                List.of("All agencies", "2", "1", "0", "1", "0")), shown(awkward, "close-the-loop"));
        Block.Table loop = tables(awkward, "close-the-loop").get(0);
        assertTrue(loop.rows().get(1).stream().allMatch(Block.Cell::strong));
        assertTrue(loop.rows().get(0).stream().noneMatch(Block.Cell::strong));
    }

    @Test
    void gapsAreStatedPlainly() {
        Block.Bullets gaps = (Block.Bullets) awkward.body().get(awkward.body().size() - 1);
        assertEquals(List.of(
                "No agency has graded its involvement in case C-03.",
                "The panel regraded Kestrel Vale Police on case C-01 from good to requires improvement but recorded"
                        + " no rationale.",
                "Kestrel Vale Police graded its involvement in case C-01 but sent no chronology entries."),
                gaps.texts());
    }

    @Test
    void anEvaluationWithNoCasesSaysSoAndHasNoChart() {
        BlockDocument empty = OverviewFixtures.compose(OverviewFixtures.empty());
        assertTrue(tables(empty, "case-sample").isEmpty());
        assertTrue(tables(empty, "grade-matrix").isEmpty());
        assertTrue(empty.body().stream().noneMatch(b -> b instanceof Block.Figure));
        String text = text(empty);
        for (String phrase : List.of("The evaluation has no cases in its sample.",
                "No agency graded any case of this evaluation.", "There are no cases, so nothing was due.",
                "no close-the-loop forms were expected", "No actions have been recorded for this evaluation.",
                "Evaluation E-EMPTY has no cases in its sample.")) {
            assertTrue(text.contains(phrase), phrase);
        }
        assertTrue(shown(empty, "facts").contains(List.of("Chair", "Not recorded")));
    }

    @Test
    void moreCasesThanFitAcrossAPageSplitTheMatrixIntoParts() {
        BlockDocument big = OverviewFixtures.compose(OverviewFixtures.large(8, 3));
        List<Block.Table> parts = tables(big, "grade-matrix");
        assertEquals(2, parts.size());
        assertEquals(TableLayout.MATRIX_7, parts.get(0).layout());
        assertEquals(TableLayout.MATRIX_1, parts.get(1).layout());
        assertTrue(headings(big).containsAll(List.of("## Cases, part 1 of 2", "## Cases, part 2 of 2")));
        assertEquals(List.of("Agency", "Regraded"), List.of(parts.get(1).header().get(0), parts.get(1).header().get(2)));
        assertTrue(parts.get(1).header().get(1).startsWith("C-08\n"), parts.get(1).header().get(1));
        // The published table puts every case side by side again: agency code, name, 8 cases, regraded.
        DataTable matrix = published(big, "grade-matrix");
        assertEquals(11, matrix.header().size());
        assertEquals(List.of("A03", "Agency number 3", "RI", "RI", "RI", "RI", "RI", "RI", "RI", "RI", "0 of 8"),
                matrix.rows().get(2));
    }

    @Test
    void noDataTableCarriesADateOfBirthOrCaseWorker() {
        String all = awkward.dataTables().toString() + awkward.meta() + awkward.body();
        for (String dob : List.of("2005-01-10", "10/01/2005", "2016-03-01", "01/03/2016", "2001-11-28", "28/11/2001",
                "Worker Name", "Manager Name", "Story of")) {
            assertFalse(all.contains(dob), dob);
        }
    }
}
