package qaf.annualreviews;

import static qaf.annualreviews.ClockSections.shortLabel;

import java.util.ArrayList;
import java.util.List;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.review.ReviewYear;
import qaf.analysis.review.ReviewYear.ClockCase;
import qaf.analysis.review.ReviewYear.ClockSummary;
import qaf.analysis.review.ReviewYear.TypeCount;
import qaf.compose.Cells;
import qaf.calendar.ClockResult;
import qaf.terms.Terms;

/**
 * The reviews report's closing priorities, derived from its figures by fixed rules, each stating
 * the figure it comes from.
 */
final class ReviewPriorities {
    private ReviewPriorities() {
    }

    /**
     * The priorities, derived: the clock most often missed or overdue, the reviews overdue, decisions
     * still pending, overdue review actions, and completed actions without impact evidence. Each states
     * its figure; none is added when its figure is zero.
     */
    static List<String> of(ReviewYear r, ActionRegister a) {
        return of(r, a, Terms.FRAMEWORK);
    }

    static List<String> of(ReviewYear r, ActionRegister a, Terms terms) {
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
}
