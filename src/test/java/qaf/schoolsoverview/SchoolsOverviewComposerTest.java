package qaf.schoolsoverview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import qaf.analysis.audit.Rag;
import qaf.analysis.audit.SchoolAuditCycle;
import qaf.analysis.audit.SchoolAuditRating;
import qaf.document.BlockDocument;
import qaf.document.Block;
import qaf.calendar.ReportingYear;
import qaf.document.DataTable;

/** Figures worked out by hand from {@link SchoolsFixtures}. */
class SchoolsOverviewComposerTest {
    private final BlockDocument doc = SchoolsFixtures.awkwardDocument();

    private static DataTable table(BlockDocument d, String name) {
        return d.dataTables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static String text(BlockDocument d) {
        return d.body().stream().map(b -> b instanceof Block.Paragraph p ? p.text()
                : b instanceof Block.Bullets l ? String.join("\n", l.texts()) : "").collect(Collectors.joining("\n"));
    }

    @Test
    void returnRateIsSchoolsWithAnyRatingOverSchools() {
        assertTrue(text(doc).contains("Schools that returned the audit: 2 of 3."), text(doc));
        assertEquals(List.of(
                List.of("Oak Primary School", "Yes", "June 2018", "14 of 14", "On time"),
                List.of("Ash Academy", "Yes", "June 2018", "10 of 14", "Late"),
                List.of("Elm High School", "No", "\u2013", "\u2013", "Not received, overdue")),
                table(doc, "returns").rows());
    }

    /** Issue 14: the overview gave no due date and no on-time rate, nor where a date would come from. */
    @Test
    void schoolsOverviewStatedNoDueDateNorOnTimeRate() {
        assertTrue(text(doc).contains("Returns were due by 15 June 2018, the date the QA programme sets for cycle"
                + " 2018 (programme.csv). Returned on time: 1 of 3; late: 1."), text(doc));
        BlockDocument unset = SchoolsOverviewComposer.compose("P", SchoolsFixtures.YEAR,
                qaf.analysis.audit.SchoolAuditAnalysis.analyse(SchoolsFixtures.awkwardCycle()),
                qaf.compose.ActionsSection.register(List.of(), SchoolsFixtures.AGENCIES,
                        qaf.analysis.audit.ActionSource.SCHOOL_AUDIT, "2018", SchoolsFixtures.YEAR.end()));
        assertTrue(text(unset).contains("The QA programme (programme.csv) gives no due date for cycle 2018, so"
                + " returns are not measured for timeliness."), text(unset));
    }

    @Test
    void areaCountsAndNotRated() {
        List<List<String>> rows = table(doc, "ratings-by-area").rows();
        assertEquals(14, rows.size());
        // Area 1: Oak green, Ash amber. Area 5: Oak red, Ash green. Area 11: Oak green, Ash did not rate.
        assertEquals(List.of("1 Senior designated person", "0", "1", "1", "0"), rows.get(0));
        assertEquals(List.of("5 Risk assessment", "1", "0", "1", "0"), rows.get(4));
        assertEquals(List.of("11 Recruitment and selection of staff", "0", "0", "1", "1"), rows.get(10));
        Block.Figure chart = doc.body().stream().filter(b -> b instanceof Block.Figure).map(b -> (Block.Figure) b)
                .findFirst().orElseThrow();
        assertTrue(chart.chart().altText().contains("area 5 (Risk assessment) 1 red, 0 amber, 1 green"));
    }

    @Test
    void flaggedSchoolsWithTheirReasons() {
        assertEquals(List.of(
                List.of("Oak Primary School", "Red in area 5"),
                List.of("Ash Academy", "Amber in 3 areas (1, 2 and 3)")), table(doc, "flagged-for-support").rows());
    }

    @Test
    void onlyTheCyclesSchoolAuditActions() {
        assertEquals(List.of(List.of("S-1", "Oak Primary School", "Update the risk assessment.", "01/12/2018",
                "Complete", "Green")), table(doc, "actions").rows());
    }

    @Test
    void dataNotesArePrinted() {
        assertTrue(text(doc).contains("Ash Academy (SCH2) rated 10 of 14 areas."), text(doc));
    }

    @Test
    void aCycleBelongsToTheYearOfItsFirstSubmission() {
        ReportingYear y = new ReportingYear(2018, 4);
        SchoolAuditCycle june = new SchoolAuditCycle("2018", SchoolsFixtures.AGENCIES, List.of(
                new SchoolAuditRating("2018", "SCH1", 1, Rag.GREEN, LocalDate.of(2019, 4, 2), null),
                new SchoolAuditRating("2018", "SCH2", 1, Rag.GREEN, LocalDate.of(2019, 3, 30), null)));
        assertTrue(june.fallsIn(y));
        assertFalse(june.fallsIn(y.previous()));
        SchoolAuditCycle undated = new SchoolAuditCycle("2018", SchoolsFixtures.AGENCIES, List.of(
                new SchoolAuditRating("2018", "SCH1", 1, Rag.GREEN, null, null)));
        assertTrue(undated.fallsIn(y));
        assertFalse(undated.fallsIn(y.previous()));
    }
}
