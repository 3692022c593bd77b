package qaf.annualreviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.audit.Agency;
import qaf.analysis.review.ReviewAnalysis;
import qaf.analysis.review.ReviewFixtures;
import qaf.analysis.review.ReviewType;
import qaf.analysis.review.ReviewYear;
import qaf.document.BlockDocument;
import qaf.document.Block;
import qaf.calendar.ReportingYear;
import qaf.document.DataTable;

/** The annual report worded from the hand-worked review year of {@link ReviewFixtures}. */
class AnnualReviewsComposerTest {
    static final ReportingYear YEAR = new ReportingYear(2018, 4);
    static final List<Agency> AGENCIES = List.of(new Agency("POL", "Police", "police", null));

    static ActionRecord action(String ref, ActionSource source, String sourceRef, String agreed, String due,
            ActionStatus status, String completed, String impact) {
        return new ActionRecord(ref, source, sourceRef, null, "Do " + ref, LocalDate.parse(agreed),
                LocalDate.parse(due), status, completed == null ? null : LocalDate.parse(completed), null, impact);
    }

    /** A1 open and past due (red); A2 complete with impact; A3 complete without; A4 not a review action; A5 agreed later. */
    static ActionRegister register() {
        return AnnualReviewsKind.reviewActions(List.of(
                action("A1", ActionSource.REVIEW, "SCR-B", "2018-06-01", "2019-01-31", ActionStatus.OPEN, null, null),
                action("A2", ActionSource.REVIEW, "SCR-B", "2018-06-01", "2018-12-31", ActionStatus.COMPLETE,
                        "2018-12-01", "Re-audit: 9 of 10 files"),
                action("A3", ActionSource.REVIEW, "RR-A", "2018-08-01", "2018-12-31", ActionStatus.COMPLETE,
                        "2018-11-01", null),
                action("A4", ActionSource.S11, "2018", "2018-06-01", "2018-07-01", ActionStatus.OPEN, null, null),
                action("A5", ActionSource.REVIEW, "LCSPR-C", "2019-04-10", "2019-05-01", ActionStatus.OPEN, null,
                        null)), AGENCIES, YEAR.end());
    }

    static BlockDocument document() {
        ReviewYear y = ReviewAnalysis.analyse(ReviewFixtures.reviews(), YEAR,
                ReviewFixtures.WD);
        return AnnualReviewsComposer.compose("Test Partnership", YEAR, y, register());
    }

    @Test
    void reviewActionsAreTheReviewSourceAgreedByTheYearEnd() {
        ActionRegister r = register();
        assertEquals(List.of("A1", "A2", "A3"), r.actions().stream().map(t -> t.action().actionRef()).toList());
        assertEquals(1, r.totals().red());
    }

    @Test
    void prioritiesAreDerivedAndStateTheirFigures() {
        ReviewYear y = ReviewAnalysis.analyse(ReviewFixtures.reviews(), YEAR, ReviewFixtures.WD);
        assertEquals(List.of(
                "Timeliness of the clock most often missed: SCR, 6 months from notification (2 of 2 clocks missed or"
                        + " overdue).",
                "Bring overdue reviews to completion: 1 overdue at the year end, SCR-B (SCR, 6 months from"
                        + " notification).",
                "Reach the decisions still pending: 1 review awaiting a decision at the year end.",
                "Complete overdue review actions: 1 of 3 review actions are red (past due and not complete).",
                "Evidence the impact of completed actions: 1 of 2 completed review actions have no evidence of"
                        + " impact recorded."),
                ReviewPriorities.of(y, register()));
    }

    @Test
    void opensWithTheSummaryPageAndClosesWithPriorities() {
        BlockDocument d = document();
        assertEquals("annual-report-reviews-2018-19", d.name());
        assertEquals(new Block.Heading(1, "Summary"), d.body().get(0));
        Block.Bullets summary = assertInstanceOf(Block.Bullets.class, d.body().get(2));
        assertEquals("Reviews the partnership became aware of: 5 (1 serious case review, 1 local child safeguarding"
                + " practice review, 1 rapid review, 2 single agency reviews); 4 initiated,"
                + " 1 decision pending at the year end (Notifications and decisions).", summary.texts().get(0));
        // SCR-B, RR-A and LCSPR-C, linked by nothing: three incidents; five children (the SARs' too).
        assertEquals("Notifiable incidents: 3; children in the year's reviews: 5, each incident counted once"
                + " (Notifications and decisions).", summary.texts().get(1));
        assertEquals("Serious case review within 6 months of the notification: 0 met, 1 missed, 1 overdue, 0 open"
                + " (Statutory clocks).", summary.texts().get(4));
        assertEquals("LCSPR within 6 months of the decision to initiate: 0 met, 0 missed, 0 overdue, 1 open"
                + " (Statutory clocks).", summary.texts().get(5));
        assertEquals("Priorities arising from these figures: 5 (Priorities arising).",
                summary.texts().get(summary.texts().size() - 1));
        assertInstanceOf(Block.PageBreak.class, d.body().get(3));
        List<String> headings = d.body().stream().filter(b -> b instanceof Block.Heading h && h.level() == 1)
                .map(b -> ((Block.Heading) b).text()).toList();
        assertEquals(List.of("Summary", "Notifications and decisions", "Statutory clocks",
                "Reviews completed and published", "Recommendations and actions", "Child death reviews",
                "Learning themes", "Impact", "Priorities arising", "Data notes"), headings);
    }

    @Test
    void missedClocksNameTheReviewAndPseudonymOnly() {
        DataTable missed = table(document(), "clocks-missed");
        assertEquals(List.of(
                List.of("Notification, 5 working days", "SCR-B", "Child B", "10/04/2018", "Missed (1 working day late)"),
                List.of("Rapid review, 15 working days", "RR-A", "Child A", "23/07/2018",
                        "Missed (1 working day late)"),
                List.of("SCR, 6 months from notification", "SCR-CARRY", "Child J", "03/11/2017",
                        "Missed (210 days late)"),
                List.of("SCR, 6 months from notification", "SCR-B", "Child B", "11/10/2018", "Overdue (171 days)")),
                missed.rows());
        assertEquals(List.of(List.of("Notification within 5 working days of becoming aware", "1", "1", "0", "1"),
                List.of("Rapid review within 15 working days of becoming aware", "0", "1", "0", "0"),
                List.of("Serious case review within 6 months of the notification", "0", "1", "1", "0"),
                List.of("LCSPR within 6 months of the decision to initiate", "0", "0", "0", "1"),
                List.of("Single agency review within 3 weeks of the letter", "1", "0", "0", "0")),
                table(document(), "clocks").rows());
    }

    @Test
    void theReportStatesEachReviewTypesClockAndWhereItStarts() {
        List<List<String>> rows = table(document(), "clock-rules").rows();
        assertTrue(rows.contains(List.of("Serious case review", "SCR, 6 months from notification",
                "completed (completed_on)", "the notification (notified_on); if not recorded, the day the partnership"
                        + " became aware (aware_on)")), rows.toString());
        assertTrue(rows.contains(List.of("Local child safeguarding practice review", "LCSPR, 6 months from decision",
                "completed (completed_on)", "the decision to initiate (decision_on); if not recorded, the review's"
                        + " start (started_on)")), rows.toString());
        // Every review type is in the table, those without a clock too.
        for (ReviewType t : ReviewType.values()) {
            assertTrue(rows.stream().anyMatch(r -> r.get(0).equals(t.label())), t.name());
        }
    }

    @Test
    void childDeathsAreCountsAndThemesOnly() {
        BlockDocument d = document();
        assertEquals(List.of(List.of("Unexpected death: SUDI", "2")), table(d, "child-death-themes").rows());
        String all = d.body().toString();
        assertFalse(all.contains("CDR-F"), "no child death review is named");
        assertFalse(all.contains("Safer sleep"), "no child death review's learning is shown");
        assertTrue(all.contains("Point two"));
    }

    @Test
    void chartAltTextStatesTheCounts() {
        Block.Figure chart = document().body().stream().filter(Block.Figure.class::isInstance)
                .map(Block.Figure.class::cast).findFirst().orElseThrow();
        assertTrue(chart.chart().altText().contains("SCR, 6 months from notification: 0 met, 1 missed, 1 overdue, 0 open"),
                chart.chart().altText());
    }

    @Test
    void anEmptyYearSaysSoPlainly() {
        ReviewYear y = ReviewAnalysis.analyse(List.of(), YEAR, ReviewFixtures.WD);
        BlockDocument d = AnnualReviewsComposer.compose("Test Partnership", YEAR, y,
                AnnualReviewsKind.reviewActions(List.of(), AGENCIES, YEAR.end()));
        String all = d.body().toString();
        assertTrue(all.contains("none measured"));
        assertTrue(all.contains("No priority arises from this year's figures"));
        assertTrue(all.contains("No review was completed or published in the year."));
        assertFalse(AnnualReviewsKind.hasActivity(y));
    }

    private static DataTable table(BlockDocument d, String name) {
        return d.dataTables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
