package qaf.compose;


import qaf.document.TableLayout;

import qaf.document.Block;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import qaf.analysis.audit.ActionRag;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.ActionRegister.TrackedAction;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionTracker;
import qaf.analysis.audit.Agency;
import qaf.document.DataTable;

/**
 * The "Actions arising" section of an audit overview: the actions recorded against one cycle of one
 * source, rated by {@link ActionTracker} as at the end of the reporting year.
 */
public final class ActionsSection {
    static final List<String> HEADER = List.of("Ref", "Owner", "Action", "Due", "Status", "RAG");

    private ActionsSection() {
    }

    /** The actions whose source is {@code source} and whose source ref is the cycle, rated as at {@code asOf}. */
    public static ActionRegister register(List<ActionRecord> all, List<Agency> agencies, ActionSource source,
            String cycle, LocalDate asOf) {
        List<ActionRecord> mine = all.stream()
                .filter(a -> a.source() == source && a.sourceRef().equals(cycle)).toList();
        return ActionTracker.register(mine, agencies, asOf);
    }

    /**
     * The section's blocks: the RAG rule in words, the counts, then the table in tracker order
     * (overdue first), or a sentence when there are none.
     *
     * @param what e.g. "Section 11 cycle 2018"
     */
    public static List<Block> blocks(ActionRegister register, String what) {
        return blocks(register, what, "Actions arising", 1);
    }

    /** The same section under another heading and level (appendix A's "Action plan", a report's part). */
    public static List<Block> blocks(ActionRegister register, String what, String heading, int level) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(level, heading));
        if (register.actions().isEmpty()) {
            blocks.add(new Block.Paragraph("No action is recorded against " + what + "."));
            return blocks;
        }
        blocks.add(new Block.Paragraph("RAG as at " + Cells.longDay(register.asOf())
                + ": complete is green; open or in progress and past its due date is red (with the days"
                + " overdue); in progress and not yet due is green; open and not yet due is amber; cancelled"
                + " actions are listed but not rated. Statuses are as recorded."));
        blocks.add(new Block.Paragraph(Cells.count(register.actions().size(), "action", "actions") + ": "
                + register.totals().red() + " red, " + register.totals().amber() + " amber, "
                + register.totals().green() + " green" + (register.totals().notRated() > 0
                        ? ", " + register.totals().notRated() + " cancelled" : "")
                + ". Completed: " + Cells.ratio(register.completion()) + " of those not cancelled."));
        List<List<String>> rows = new ArrayList<>();
        for (TrackedAction t : register.actions()) {
            ActionRecord a = t.action();
            rows.add(List.of(a.actionRef(), t.owner(), a.description(), Cells.day(a.dueOn()), a.status().label(),
                    rag(t)));
        }
        blocks.add(new Block.Table(new DataTable("actions", HEADER, rows), TableLayout.ACTIONS));
        return blocks;
    }

    /** "Red (43 days overdue)", "Green", "Not rated (cancelled)": the word, never only a colour. */
    static String rag(TrackedAction t) {
        if (t.rag() == ActionRag.RED) {
            return "Red (" + Cells.count(t.daysOverdue(), "day", "days") + " overdue)";
        }
        return t.rag().label();
    }
}
