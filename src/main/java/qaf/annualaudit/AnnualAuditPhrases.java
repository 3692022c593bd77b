package qaf.annualaudit;

import java.util.List;
import java.util.Locale;
import qaf.analysis.audit.SchoolsOverview;
import qaf.analysis.evaluation.Share;
import qaf.analysis.evaluation.SubmissionTally;
import qaf.compose.Cells;

/**
 * The phrases the annual report's sections share (a share, a submission tally, the change on the
 * previous year, a list of names), so the summary and the section that details a figure word it alike.
 */
final class AnnualAuditPhrases {
    static final String NO_PREVIOUS = "no previous year's data";

    private AnnualAuditPhrases() {
    }

    /** A count of agencies is followed by their names, " (A; B; C)"; nothing when there are none. */
    static String named(List<String> names) {
        return names.isEmpty() ? "" : " (" + String.join("; ", names) + ")";
    }

    /** ", on time (by 29 June 2018, the QA programme's date) 15 of 22 (68%)", or why it is not measured. */
    static String schoolsOnTime(SchoolsOverview s) {
        return s.due().map(d -> ", on time (by " + Cells.longDay(d) + ", the QA programme's date) "
                + Cells.ratio(s.onTimeRate().get())).orElse(", timeliness not measured (the QA programme gives no"
                        + " due date)");
    }

    static String yearChange(AnnualAuditFigures f) {
        if (f.thisYear().isEmpty() || f.thisYear().get().summary().finalGoodOrBetter().isEmpty()) {
            return "no grades this year";
        }
        if (f.previousYear().isEmpty() || f.previousYear().get().summary().finalGoodOrBetter().isEmpty()) {
            return NO_PREVIOUS;
        }
        // Both shares as counts, no derived difference: two small samples do not support a precise change.
        return f.previousYear().get().summary().finalGoodOrBetter().label() + " to "
                + f.thisYear().get().summary().finalGoodOrBetter().label();
    }

    static String share(Share s) {
        return s.label();
    }

    static String tally(SubmissionTally t) {
        return t.onTime() + " on time, " + t.late() + " late, " + t.missing() + " missing, " + t.notYetDue()
                + " not yet due" + (t.unassessed() > 0 ? ", " + t.unassessed() + " not measurable" : "")
                + " (on time: " + share(t.onTimeShare()) + ")";
    }

    static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.UK) + s.substring(1);
    }
}
