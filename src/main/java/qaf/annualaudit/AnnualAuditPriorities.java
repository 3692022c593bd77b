package qaf.annualaudit;

import static qaf.annualaudit.AnnualAuditPhrases.share;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import qaf.analysis.audit.SchoolsOverview;
import qaf.analysis.audit.Section11Overview;
import qaf.analysis.evaluation.GradeGroup;
import qaf.analysis.evaluation.RatingBias;
import qaf.analysis.evaluation.Share;
import qaf.analysis.evaluation.Submission;
import qaf.compose.Cells;
import qaf.calendar.ClockResult;

/**
 * The annual report's closing list of priorities: each derived from one figure the report states,
 * by fixed rules, so a reader can trace every priority to its evidence.
 */
final class AnnualAuditPriorities {
    private AnnualAuditPriorities() {
    }

    /**
     * The priorities, each from one figure: the weakest theme(s) by final share good or better (when
     * below 100%), the agencies most often over-rating themselves, overdue close-the-loop forms,
     * missing submissions, overdue actions, unreturned Section 11 returns and schools flagged.
     */
    static List<String> of(AnnualAuditInput in, AnnualAuditFigures f) {
        List<String> out = new ArrayList<>();
        List<GradeGroup> themes = f.byTheme().stream().filter(g -> !g.summary().finalGoodOrBetter().isEmpty())
                .toList();
        Optional<Share> weakest = themes.stream().map(g -> g.summary().finalGoodOrBetter())
                .min(Comparator.comparingDouble(Share::fraction));
        if (weakest.isPresent() && weakest.get().numerator() < weakest.get().denominator()) {
            for (GradeGroup g : themes) {
                Share s = g.summary().finalGoodOrBetter();
                if ((long) s.numerator() * weakest.get().denominator()
                        == (long) weakest.get().numerator() * s.denominator()) {
                    out.add("Theme \u201c" + g.label() + "\u201d: weakest final grades of the year, "
                            + share(s) + " good or better.");
                }
            }
        }
        if (!f.overRaters().isEmpty()) {
            int most = f.overRaters().get(0).cases();
            for (RatingBias r : f.overRaters()) {
                if (r.cases() == most) {
                    out.add(r.agencyName() + ": self-graded above the final grade in " + r.cases() + " of "
                            + r.graded() + " gradings, the most of any agency.");
                }
            }
        }
        int overdue = f.closeTheLoop().count(ClockResult.Status.OVERDUE);
        if (overdue > 0) {
            Set<String> agencies = new TreeSet<>();
            f.closeTheLoop().expected().stream()
                    .filter(i -> i.status().filter(s -> s == ClockResult.Status.OVERDUE).isPresent())
                    .forEach(i -> agencies.add(i.grade().agencyName()));
            out.add("Close-the-loop forms not returned and overdue: " + overdue + ", from "
                    + Cells.count(agencies.size(), "agency", "agencies") + (agencies.size() <= 3
                            ? " (" + String.join(", ", agencies) + ")" : " (listed under \u201cClosing the loop\u201d)")
                    + ".");
        }
        int missing = f.tally(Submission.Document.CHRONOLOGY).missing()
                + f.tally(Submission.Document.SELF_EVALUATION).missing();
        if (missing > 0) {
            out.add("Evaluation submissions never received: "
                    + Cells.count(f.tally(Submission.Document.CHRONOLOGY).missing(), "chronology", "chronologies")
                    + " and " + Cells.count(f.tally(Submission.Document.SELF_EVALUATION).missing(), "self-evaluation",
                            "self-evaluations") + ".");
        }
        if (in.actions().totals().red() > 0) {
            // The register lists the most overdue action first.
            int oldest = in.actions().actions().get(0).daysOverdue();
            out.add("Actions overdue (red) at the year end: " + in.actions().totals().red() + ", the oldest by "
                    + Cells.count(oldest, "day", "days") + ".");
        }
        for (Section11Overview s : in.section11()) {
            if (s.returnRate().numerator() < s.returnRate().denominator()) {
                out.add("Section 11 cycle " + s.cycle() + ": returns submitted " + Cells.ratio(s.returnRate())
                        + "; the rest are outstanding.");
            }
        }
        for (SchoolsOverview s : in.schools()) {
            if (!s.flagged().isEmpty()) {
                out.add("Schools' audit " + s.cycle() + ": " + Cells.count(s.flagged().size(), "school", "schools")
                        + " flagged for support.");
            }
        }
        return out;
    }
}
