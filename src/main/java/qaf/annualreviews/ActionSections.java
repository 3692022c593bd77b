package qaf.annualreviews;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.ActionRegister.TrackedAction;
import qaf.analysis.audit.ActionRag;
import qaf.analysis.audit.ActionStatus;
import qaf.compose.ActionsSection;
import qaf.document.Block;
import qaf.compose.Cells;
import qaf.document.TableLayout;
import qaf.document.DataTable;
import qaf.terms.Terms;

/**
 * The reviews report's sections on the review actions: the tracker's figures per review, the shared
 * action register, and the evidence of impact recorded on completed actions.
 */
final class ActionSections {
    private ActionSections() {
    }

    static void actions(ActionRegister a, List<Block> body) {
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

    static void impact(ActionRegister a, List<Block> body, Terms terms) {
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
}
