package qaf.annualreviews;

import qaf.document.Tone;

import qaf.compose.Charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.ActionRegister.TrackedAction;
import qaf.analysis.audit.ActionRag;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.review.Review;
import qaf.analysis.review.ReviewClocks;
import qaf.analysis.review.ReviewType;
import qaf.analysis.review.ReviewYear;
import qaf.analysis.review.ReviewYear.ClockCase;
import qaf.analysis.review.ReviewYear.ClockSummary;
import qaf.analysis.review.ReviewYear.Learning;
import qaf.analysis.review.ReviewYear.ThemeCount;
import qaf.analysis.review.ReviewYear.TypeCount;
import qaf.compose.ActionsSection;
import qaf.document.BlockDocument;
import qaf.document.Block;
import qaf.compose.Cells;
import qaf.document.TableLayout;
import qaf.calendar.ClockResult;
import qaf.calendar.ClockRule;
import qaf.calendar.ReportingYear;
import qaf.document.Audience;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.terms.Terms;

/**
 * Words the review subgroup's year (terms.csv names it) as its annual report to the board. Pure: the
 * review analysis and the review actions' register in, document out. A child appears only as the
 * pseudonym the analysis carries; child death reviews only as counts and themes.
 */
public final class AnnualReviewsComposer {
    static final String KIND = "annual-report-reviews";

    /** Clock statuses and what their colours mean; every segment also prints its count. */
    private static final List<String> CLOCK_SERIES = List.of("Met", "Missed", "Overdue", "Open (not yet due)");
    private static final List<Tone> CLOCK_TONES = List.of(Tone.GOOD, Tone.CAUTION, Tone.BAD, Tone.PENDING);

    private AnnualReviewsComposer() {
    }

    /** In the framework's own words: what a partnership without terms.csv reads. */
    public static BlockDocument compose(String partnershipName, ReportingYear year, ReviewYear r,
            ActionRegister reviewActions) {
        return compose(partnershipName, year, r, reviewActions, Terms.FRAMEWORK);
    }

    /**
     * @param reviewActions actions with source kind review, rated as at the year end by
     *     {@link qaf.analysis.audit.ActionTracker}
     * @param terms the partnership's words for its review subgroup, the national panel, the serious case
     *     review and its audit subgroup
     */
    public static BlockDocument compose(String partnershipName, ReportingYear year, ReviewYear r,
            ActionRegister reviewActions, Terms terms) {
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName,
                terms.scrSubgroup() + ": annual report " + year.label(),
                "Reporting year " + year.label() + ": " + Cells.longDay(year.start()) + " to "
                        + Cells.longDay(year.end()), Audience.BOARD, List.of(year.label()));
        List<String> priorities = priorities(r, reviewActions, terms);
        List<Block> body = new ArrayList<>();
        summary(r, reviewActions, priorities, body, terms);
        body.add(new Block.PageBreak());
        decisions(r, body, terms);
        clocks(r, body, terms);
        completed(r, body, terms);
        actions(reviewActions, body);
        childDeaths(r, body);
        learning(r, body, terms);
        impact(reviewActions, body, terms);
        body.add(new Block.Heading(1, "Priorities arising"));
        if (priorities.isEmpty()) {
            body.add(new Block.Paragraph("No priority arises from this year's figures: every clock measured was met"
                    + " or is not yet due, and no review action is overdue."));
        } else {
            body.add(new Block.Paragraph("Derived from the figures in this report, each with the figure it comes"
                    + " from:"));
            body.add(new Block.Bullets(priorities));
        }
        notes(r, reviewActions, body);
        return new BlockDocument(meta, KIND + "-" + year.label(),
                Cells.statusesAsAt(r.asOf(), year), body);
    }

    private static void summary(ReviewYear r, ActionRegister a, List<String> priorities, List<Block> body,
            Terms terms) {
        body.add(new Block.Heading(1, "Summary"));
        body.add(new Block.Paragraph("Headline figures for the year; each is explained in the section named."));
        List<String> items = new ArrayList<>();
        List<String> types = new ArrayList<>();
        int initiated = 0;
        int pending = 0;
        for (TypeCount t : r.byType()) {
            if (t.aware() > 0) {
                // Every type label pluralises with a plain "s" ("rapid reviews").
                types.add(t.aware() + " " + t.type().label(terms).toLowerCase(Locale.UK) + (t.aware() == 1 ? "" : "s"));
            }
            initiated += t.initiated();
            pending += t.pending();
        }
        items.add("Reviews the partnership became aware of: " + r.aware()
                + (types.isEmpty() ? "" : " (" + String.join(", ", types) + ")") + "; " + initiated + " initiated, "
                + pending + " decision" + (pending == 1 ? "" : "s") + " pending at the year end"
                + " (Notifications and decisions).");
        items.add("Notifiable incidents: " + r.notifications() + "; children in the year's reviews: " + r.children()
                + ", each incident counted once (Notifications and decisions).");
        for (ClockSummary c : r.clocks()) {
            items.add(c.rule().label(terms) + ": " + clockCounts(c) + " (Statutory clocks).");
        }
        items.add("Reviews completed in the year: " + r.completed().size() + "; published: " + r.published().size()
                + " (Reviews completed and published).");
        items.add("Review actions: " + a.actions().size() + ", of which " + a.totals().red() + " overdue (red); "
                + "completed " + Cells.ratio(a.completion()) + " of those not cancelled (Recommendations and"
                + " actions).");
        items.add("Completed review actions with evidence of impact recorded: " + Cells.ratio(a.completedWithImpact())
                + " (Impact).");
        items.add("Child deaths notified: " + r.childDeaths().aware() + "; child death reviews completed: "
                + r.childDeaths().completed() + " (Child death reviews).");
        items.add("Priorities arising from these figures: " + priorities.size() + " (Priorities arising).");
        body.add(new Block.Bullets(items));
    }

    /** "3 met, 1 missed, 0 overdue, 1 open" or "none measured". */
    static String clockCounts(ClockSummary c) {
        if (c.cases().isEmpty()) {
            return "none measured";
        }
        return c.met() + " met, " + c.missed() + " missed, " + c.overdue() + " overdue, " + c.open() + " open";
    }

    private static void decisions(ReviewYear r, List<Block> body, Terms terms) {
        body.add(new Block.Heading(1, "Notifications and decisions"));
        body.add(new Block.Paragraph("Reviews the partnership became aware of in the year, by type, and the decision"
                + " recorded on each whether to hold the review."));
        List<List<String>> rows = new ArrayList<>();
        int[] total = new int[5];
        for (TypeCount t : r.byType()) {
            int[] v = {t.aware(), t.initiated(), t.notInitiated(), t.pending(), t.notRecorded()};
            List<String> row = new ArrayList<>();
            row.add(t.type().label(terms));
            for (int i = 0; i < v.length; i++) {
                row.add(Integer.toString(v[i]));
                total[i] += v[i];
            }
            rows.add(row);
        }
        List<String> last = new ArrayList<>();
        last.add("Total");
        for (int v : total) {
            last.add(Integer.toString(v));
        }
        rows.add(last);
        body.add(new Block.Table(new DataTable("decisions-by-type",
                List.of("Review type", "Became aware", "Initiated", "Not initiated", "Pending", "Not recorded"), rows),
                TableLayout.SIX));
        body.add(new Block.Paragraph("The table counts reviews. Reviews linked as one incident (a rapid review and"
                + " the LCSPR that came out of it) are one notification and one child, so the year had "
                + Cells.count(r.notifications(), "notifiable incident", "notifiable incidents") + " and "
                + Cells.count(r.children(), "child", "children") + " in its reviews; each linked review keeps its"
                + " own completion clock, and the notification is measured once, on the incident's first review."));
    }

    private static void clocks(ReviewYear r, List<Block> body, Terms terms) {
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
            body.add(new Block.Table(new DataTable("clocks-missed",
                    List.of("Clock", "Review", "Child", "Due", "Status"), failed), TableLayout.FIVE));
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

    private static String child(String pseudonym) {
        return pseudonym == null ? Cells.MISSING : pseudonym;
    }

    private static void completed(ReviewYear r, List<Block> body, Terms terms) {
        body.add(new Block.Heading(1, "Reviews completed and published"));
        Map<String, Review> both = new LinkedHashMap<>();
        r.completed().forEach(x -> both.put(x.reviewRef(), x));
        r.published().stream().filter(x -> x.type() != ReviewType.CHILD_DEATH_REVIEW)
                .forEach(x -> both.putIfAbsent(x.reviewRef(), x));
        if (both.isEmpty()) {
            body.add(new Block.Paragraph("No review was completed or published in the year."));
            return;
        }
        body.add(new Block.Paragraph(Cells.count(r.completed().size(), "review was", "reviews were")
                + " completed and " + Cells.count(r.published().size(), "review was", "reviews were")
                + " published in the year (child death reviews are counted in their own section). A dash means"
                + " not yet, or not in the data."));
        List<List<String>> rows = new ArrayList<>();
        both.values().stream().sorted(Comparator.comparing(Review::type).thenComparing(Review::reviewRef))
                .forEach(x -> rows.add(List.of(x.type().label(terms), x.reviewRef(), child(x.pseudonym()),
                        Cells.day(x.completedOn()), Cells.day(x.publishedOn()))));
        body.add(new Block.Table(new DataTable("reviews-completed",
                List.of("Type", "Review", "Child", "Completed", "Published"), rows), TableLayout.FIVE));
    }

    private static void actions(ActionRegister a, List<Block> body) {
        body.add(new Block.Heading(1, "Recommendations and actions"));
        body.add(new Block.Paragraph("Each review's recommendations are tracked as actions with source kind"
                + " review; the figures are the action tracker's, rated as at " + Cells.longDay(a.asOf()) + "."));
        if (!a.actions().isEmpty()) {
            Map<String, int[]> perReview = new java.util.TreeMap<>();
            for (TrackedAction t : a.actions()) {
                int[] v = perReview.computeIfAbsent(t.action().sourceRef(), k -> new int[4]);
                v[0]++;
                v[1] += t.action().status() == ActionStatus.COMPLETE ? 1 : 0;
                v[2] += t.rag() == ActionRag.RED ? 1 : 0;
                v[3] += t.action().completeWithImpact() ? 1 : 0;
            }
            List<List<String>> rows = new ArrayList<>();
            perReview.forEach((ref, v) -> rows.add(List.of(ref, Integer.toString(v[0]), Integer.toString(v[1]),
                    Integer.toString(v[2]), Integer.toString(v[3]))));
            body.add(new Block.Table(new DataTable("actions-by-review",
                    List.of("Review", "Actions", "Complete", "Overdue (red)", "Complete with impact evidence"),
                    rows), TableLayout.FIVE));
        }
        List<Block> section = ActionsSection.blocks(a, "any review");
        // The shared section opens with its own "Actions arising" heading: here it is a sub-section.
        body.add(new Block.Heading(2, "Action register"));
        body.addAll(section.subList(1, section.size()));
    }

    private static void childDeaths(ReviewYear r, List<Block> body) {
        body.add(new Block.Heading(1, "Child death reviews"));
        body.add(new Block.Paragraph("Numbers and themes only: child death reviews are the child death overview"
                + " panel's process, and no case detail is reported here. Child deaths notified in the year: "
                + r.childDeaths().aware() + ". Child death reviews completed in the year (whenever the death): "
                + r.childDeaths().completed() + "."));
        if (r.childDeaths().themes().isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ThemeCount t : r.childDeaths().themes()) {
            rows.add(List.of(t.theme(), Integer.toString(t.count())));
        }
        body.add(new Block.Table(new DataTable("child-death-themes", List.of("Category recorded", "Deaths notified"),
                rows), TableLayout.TWO));
    }

    private static void learning(ReviewYear r, List<Block> body, Terms terms) {
        body.add(new Block.Heading(1, "Learning themes"));
        if (r.learning().isEmpty()) {
            body.add(new Block.Paragraph("No learning is recorded for the reviews of this year."));
            return;
        }
        body.add(new Block.Paragraph("The learning recorded for each review the partnership became aware of or"
                + " completed in the year, as stored (already pseudonymised)."));
        for (Learning l : r.learning()) {
            body.add(new Block.Heading(2, l.reviewRef() + " (" + l.type().label(terms)
                    + (l.pseudonym() == null ? "" : ", " + l.pseudonym()) + ")"));
            body.add(new Block.Bullets(l.points()));
        }
    }

    private static void impact(ActionRegister a, List<Block> body, Terms terms) {
        body.add(new Block.Heading(1, "Impact"));
        int complete = a.completedWithImpact().denominator();
        int withImpact = a.completedWithImpact().numerator();
        body.add(new Block.Paragraph("Review actions completed: " + complete + ". With evidence of impact recorded: "
                + Cells.ratio(a.completedWithImpact()) + "; without: " + (complete - withImpact) + "."));
        body.add(new Block.Paragraph("Limits: the evidence is as each action's owner recorded it in the action"
                + " register and has not been verified here; an action is counted when any impact text is recorded,"
                + " whatever it says, so read the entries below (one may say impact is not yet evidenced); an action completed without recorded impact is not"
                + " evidence of no impact; and these figures cover review actions only (change in practice seen in"
                + " later case evaluations is in the " + terms.auditSubgroup() + "'s annual report)."));
        List<List<String>> rows = new ArrayList<>();
        for (TrackedAction t : a.actions()) {
            ActionRecord x = t.action();
            if (x.completeWithImpact()) {
                rows.add(List.of(x.actionRef() + " (" + x.sourceRef() + ")", x.impact().strip()));
            }
        }
        if (!rows.isEmpty()) {
            rows.sort(Comparator.comparing((List<String> row) -> row.get(0)));
            body.add(new Block.Table(new DataTable("impact-evidence", List.of("Action (review)", "Impact recorded"),
                    rows), TableLayout.TWO));
        }
    }

    /**
     * The priorities, derived: the clock most often missed or overdue, the reviews overdue, decisions
     * still pending, overdue review actions, and completed actions without impact evidence. Each states
     * its figure; none is added when its figure is zero.
     */
    static List<String> priorities(ReviewYear r, ActionRegister a) {
        return priorities(r, a, Terms.FRAMEWORK);
    }

    static List<String> priorities(ReviewYear r, ActionRegister a, Terms terms) {
        List<String> out = new ArrayList<>();
        int most = r.clocks().stream().mapToInt(c -> c.failed().size()).max().orElse(0);
        if (most > 0) {
            // Ties are all named: choosing one would rank clocks the data does not rank.
            List<String> worst = r.clocks().stream().filter(c -> c.failed().size() == most)
                    .map(c -> shortLabel(c.rule(), terms) + " (" + c.failed().size() + " of " + c.cases().size()
                            + " clocks missed or overdue)").toList();
            out.add("Timeliness of the clock" + (worst.size() == 1 ? "" : "s") + " most often missed: "
                    + String.join("; ", worst) + ".");
        }
        List<String> overdue = new ArrayList<>();
        for (ClockSummary c : r.clocks()) {
            for (ClockCase k : c.failed()) {
                if (k.result().status() == ClockResult.Status.OVERDUE) {
                    overdue.add(k.reviewRef() + " (" + shortLabel(c.rule(), terms) + ")");
                }
            }
        }
        if (!overdue.isEmpty()) {
            out.add("Bring overdue reviews to completion: " + overdue.size() + " overdue at the year end, "
                    + String.join(", ", overdue) + ".");
        }
        int pending = r.byType().stream().mapToInt(TypeCount::pending).sum();
        if (pending > 0) {
            out.add("Reach the decisions still pending: " + Cells.count(pending, "review", "reviews")
                    + " awaiting a decision at the year end.");
        }
        if (a.totals().red() > 0) {
            out.add("Complete overdue review actions: " + a.totals().red() + " of " + a.actions().size()
                    + " review actions are red (past due and not complete).");
        }
        int complete = a.completedWithImpact().denominator();
        int without = complete - a.completedWithImpact().numerator();
        if (without > 0) {
            out.add("Evidence the impact of completed actions: " + without + " of " + complete
                    + " completed review actions have no evidence of impact recorded.");
        }
        return out;
    }

    private static void notes(ReviewYear r, ActionRegister a, List<Block> body) {
        body.add(new Block.Heading(1, "Data notes"));
        List<String> notes = new ArrayList<>(r.dataNotes());
        if (!a.actions().isEmpty()) {
            notes.addAll(a.dataNotes());
        }
        if (notes.isEmpty()) {
            body.add(new Block.Paragraph("No gaps or oddities were found in this year's review data."));
        } else {
            body.add(new Block.Bullets(notes));
        }
    }
}
