package qaf.annualreviews;

import static qaf.annualreviews.ClockSections.clockCounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.review.ReviewYear;
import qaf.analysis.review.ReviewYear.ClockSummary;
import qaf.analysis.review.ReviewYear.TypeCount;
import qaf.document.BlockDocument;
import qaf.document.Block;
import qaf.compose.Cells;
import qaf.calendar.ReportingYear;
import qaf.document.Audience;
import qaf.document.DocumentMeta;
import qaf.terms.Terms;

/**
 * Words the review subgroup's year (terms.csv names it) as its annual report to the board. Pure: the
 * review analysis and the review actions' register in, document out. A child appears only as the
 * pseudonym the analysis carries; child death reviews only as counts and themes.
 *
 * <p>This class orders the sections and words the summary and the data notes; the sections are
 * worded by {@link ReviewSections}, {@link ClockSections} and {@link ActionSections}, the priorities
 * by {@link ReviewPriorities}.
 */
public final class AnnualReviewsComposer {
    static final String KIND = "annual-report-reviews";

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
        List<String> priorities = ReviewPriorities.of(r, reviewActions, terms);
        List<Block> body = new ArrayList<>();
        summary(r, reviewActions, priorities, body, terms);
        body.add(new Block.PageBreak());
        ReviewSections.decisions(r, body, terms);
        ClockSections.clocks(r, body, terms);
        ReviewSections.completed(r, body, terms);
        ActionSections.actions(reviewActions, body);
        ReviewSections.childDeaths(r, body);
        ReviewSections.learning(r, body, terms);
        ActionSections.impact(reviewActions, body, terms);
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
