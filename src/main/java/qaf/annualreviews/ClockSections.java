package qaf.annualreviews;

import static qaf.annualreviews.ReviewSections.child;

import qaf.document.Tone;
import qaf.compose.Charts;
import java.util.ArrayList;
import java.util.List;
import qaf.analysis.review.ReviewClocks;
import qaf.analysis.review.ReviewType;
import qaf.analysis.review.ReviewYear;
import qaf.analysis.review.ReviewYear.ClockCase;
import qaf.analysis.review.ReviewYear.ClockSummary;
import qaf.document.Block;
import qaf.compose.Cells;
import qaf.document.TableLayout;
import qaf.calendar.ClockResult;
import qaf.calendar.ClockRule;
import qaf.document.DataTable;
import qaf.terms.Terms;

/**
 * The reviews report's statutory clocks: the chart and table of clocks by status, the clocks missed
 * or overdue, and the rule each review type's clocks follow, with the labels other sections share.
 */
final class ClockSections {
    /** Clock statuses and what their colours mean; every segment also prints its count. */
    private static final List<String> CLOCK_SERIES = List.of("Met", "Missed", "Overdue", "Open (not yet due)");
    private static final List<Tone> CLOCK_TONES = List.of(Tone.GOOD, Tone.CAUTION, Tone.BAD, Tone.PENDING);

    private ClockSections() {
    }

    /** "3 met, 1 missed, 0 overdue, 1 open" or "none measured". */
    static String clockCounts(ClockSummary c) {
        if (c.cases().isEmpty()) {
            return "none measured";
        }
        return c.met() + " met, " + c.missed() + " missed, " + c.overdue() + " overdue, " + c.open() + " open";
    }

    static void clocks(ReviewYear r, List<Block> body, Terms terms) {
        List<String> categories = new ArrayList<>();
        int[][] counts = new int[4][r.clocks().size()];
        List<List<String>> rows = new ArrayList<>();
        List<String> alt = new ArrayList<>();
        for (int i = 0; i < r.clocks().size(); i++) {
            ClockSummary c = r.clocks().get(i);
            categories.add(shortLabel(c.rule(), terms));
            counts[0][i] = c.met();
            counts[1][i] = c.missed();
            counts[2][i] = c.overdue();
            counts[3][i] = c.open();
            rows.add(List.of(c.rule().label(terms), Integer.toString(c.met()), Integer.toString(c.missed()),
                    Integer.toString(c.overdue()), Integer.toString(c.open())));
            alt.add(shortLabel(c.rule(), terms) + ": " + clockCounts(c));
        }
        DataTable table = new DataTable("clocks", List.of("Clock", "Met", "Missed", "Overdue", "Open"), rows);
        body.add(new Block.Heading(1, "Statutory clocks"));
        body.add(new Block.Figure(Charts.stacked("Review clocks by status as at " + Cells.longDay(r.asOf()),
                "Bar chart of the review clocks by status as at " + Cells.longDay(r.asOf()) + ": "
                        + String.join("; ", alt) + ". The same figures are in the table that follows.",
                "Number of clocks", categories, CLOCK_SERIES, CLOCK_TONES, counts), table));
        body.add(new Block.Table(table, TableLayout.FIVE));
        body.add(new Block.Heading(2, "Clocks missed or overdue"));
        List<List<String>> failed = new ArrayList<>();
        for (ClockSummary c : r.clocks()) {
            for (ClockCase k : c.failed()) {
                failed.add(List.of(shortLabel(c.rule(), terms), k.reviewRef(), child(k.pseudonym()),
                        Cells.day(k.result().due()), status(k.result())));
            }
        }
        if (failed.isEmpty()) {
            body.add(new Block.Paragraph("No clock was missed and none was overdue at the year end."));
        } else {
            body.add(new Block.Paragraph("Each review is identified by its reference and the child's pseudonym."));
            // Words and dates only: no column is right-aligned as a number.
            body.add(new Block.Table("clocks-missed", List.of("Clock", "Review", "Child", "Due", "Status"),
                    failed.stream().map(row -> row.stream().map(Block.Cell::of).toList()).toList(), TableLayout.FIVE,
                    java.util.Set.of(), null));
        }
        clockRules(body, terms);
        // The definitions close the section, so the tables follow the chart closely and stay with it.
        body.add(new Block.Paragraph("How the clocks are counted. Met: done by the due date. Missed: done after it. Overdue: not done and past"
                + " due at the year end. Open: not done and not yet due. A clock is counted in the year it falls due;"
                + " one still running at the year end is open, and one overdue from an earlier year is carried"
                + " into this one until it is done. Notification applies to "
                + terms.word("serious-case-review", "serious case review") + "s, LCSPRs and rapid reviews (the"
                + " notifiable incidents); working days exclude weekends and bank holidays."));
    }

    /** The rule each review type's clocks follow, from the one table the figures are measured by. */
    private static void clockRules(List<Block> body, Terms terms) {
        body.add(new Block.Heading(2, "The clock each review type runs"));
        body.add(new Block.Paragraph(Terms.capitalised(terms.word("serious-case-review", "serious case review"))
                + "s aim to be completed within six months of the notification"
                + " (framework section 1); under Working Together an LCSPR's six months run from the decision to"
                + " initiate it. Where the starting date is not recorded the clock runs from the date named after it,"
                + " and the data notes name the review."));
        List<List<String>> rows = new ArrayList<>();
        for (ReviewType t : ReviewType.values()) {
            List<ReviewClocks.Clock> clocks = ReviewClocks.forType(t);
            if (clocks.isEmpty()) {
                rows.add(List.of(t.label(terms), t == ReviewType.CHILD_DEATH_REVIEW
                        ? "None (the child death overview panel's process)" : "None set by the framework",
                        Cells.MISSING, Cells.MISSING));
            }
            for (ReviewClocks.Clock c : clocks) {
                rows.add(List.of(t.label(terms), shortLabel(c.rule(), terms),
                        c.stopsAt().replace("national panel", terms.word("national-panel", "national panel")),
                        c.startsAt()
                        + (c.fallbackAt() == null ? "" : "; if not recorded, " + c.fallbackAt())));
            }
        }
        body.add(new Block.Table(new DataTable("clock-rules",
                List.of("Review type", "Clock", "Stops when", "Starts at"), rows), TableLayout.FOUR_TEXT));
    }

    static String shortLabel(ClockRule rule, Terms terms) {
        return switch (rule) {
            case NOTIFICATION -> "Notification, 5 working days";
            case RAPID_REVIEW -> "Rapid review, 15 working days";
            case SCR -> terms.abbreviation("serious-case-review", "SCR") + ", 6 months from notification";
            case LCSPR -> "LCSPR, 6 months from decision";
            case SINGLE_AGENCY_REVIEW -> "Single agency review, 3 weeks";
            default -> rule.label(terms);
        };
    }

    /** "Missed (3 working days late)", "Overdue (12 days)": the unit said, since the clocks differ. */
    static String status(ClockResult c) {
        String unit = c.rule().unit() == ClockRule.Unit.WORKING_DAYS ? "working day" : "day";
        String days = Cells.count(c.daysLate(), unit, unit + "s");
        return switch (c.status()) {
            case ON_TIME -> "Met";
            case LATE -> "Missed (" + days + " late)";
            case OVERDUE -> "Overdue (" + days + ")";
            case NOT_YET_DUE -> "Open";
        };
    }
}
