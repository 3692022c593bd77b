package qaf.agencyfeedback;

import static qaf.agencyfeedback.AgencyFeedbackComposer.DAY;
import static qaf.agencyfeedback.AgencyFeedbackComposer.NOT_RECORDED;
import static qaf.agencyfeedback.AgencyFeedbackComposer.count;

import java.util.List;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.AgencyPosition;
import qaf.analysis.evaluation.CloseTheLoopItem;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.Share;
import qaf.calendar.ClockResult;
import qaf.terms.Terms;

/**
 * The covering note's text to the agency's board representative: the evaluation, how the panel
 * treated the agency's grades, its position, its close-the-loop forms, and what to do next.
 */
final class CoveringNote {
    private CoveringNote() {
    }

    static String covering(String partnership, EvaluationFindings findings, String agency, String lead,
            List<AgencyGrade> own, AgencyPosition position, List<CloseTheLoopItem> due, String asAt, Terms terms) {
        long changed = own.stream().filter(AgencyGrade::regraded).count();
        StringBuilder s = new StringBuilder();
        s.append("To the ").append(terms.word("board", "board")).append(" representative of ").append(agency).append(": this is your agency's feedback from ")
                .append(partnership).append("'s multi-agency case evaluation ").append(findings.evaluation().ref())
                .append(", \u201c").append(findings.evaluation().theme()).append("\u201d, whose panel met on ")
                .append(DAY.format(findings.evaluation().panelOn())).append(". ");
        s.append(agency).append(" graded its involvement in ").append(count(own.size(), "case", "cases"))
                .append("; the panel agreed ").append(own.size() - changed).append(" of those grades and changed ")
                .append(changed).append(". ");
        s.append("Final grades good or better: ").append(shareText(position.finalGoodOrBetter()))
                .append(" for ").append(agency).append(", against ")
                .append(shareText(position.othersFinalGoodOrBetter())).append(" for all other agencies. ");
        if (due.isEmpty()) {
            s.append("No close-the-loop form was due from ").append(agency).append(". ");
        } else {
            long onTime = due.stream().filter(i -> is(i, ClockResult.Status.ON_TIME)).count();
            long late = due.stream().filter(i -> is(i, ClockResult.Status.LATE)).count();
            long outstanding = due.stream().filter(i -> i.returned().isEmpty()).count();
            s.append(count(due.size(), "close-the-loop form was", "close-the-loop forms were"))
                    .append(" due from ").append(agency).append("; as at ").append(asAt).append(", ")
                    .append(onTime).append(" returned on time, ").append(late).append(" late and ")
                    .append(outstanding).append(" not returned. ");
        }
        s.append("Please share this feedback with ")
                .append(NOT_RECORDED.equals(lead) ? "your agency's evaluation lead (none is recorded)" : lead)
                .append(", cascade the learning to staff, and report back to the ").append(terms.auditSubgroup())
                .append(" when that has been done.");
        return s.toString();
    }

    private static boolean is(CloseTheLoopItem i, ClockResult.Status status) {
        return i.status().filter(s -> s == status).isPresent();
    }

    private static String shareText(Share s) {
        return s.label();
    }
}
