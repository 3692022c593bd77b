package qaf.s11overview;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.Agency;
import qaf.analysis.audit.AuditLabels;
import qaf.analysis.audit.Section11Overview;
import qaf.analysis.audit.Section11Overview.AgencyChange;
import qaf.analysis.audit.Section11Overview.AgencyDrop;
import qaf.analysis.audit.Section11Overview.CycleComparison;
import qaf.analysis.audit.Section11Overview.ReturnLine;
import qaf.analysis.audit.Section11Overview.StandardChange;
import qaf.compose.ActionsSection;
import qaf.document.BlockDocument;
import qaf.document.Block;
import qaf.compose.Cells;
import qaf.document.TableLayout;
import qaf.calendar.ClockResult;
import qaf.calendar.ReportingYear;
import qaf.document.Audience;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;

/**
 * Words one Section 11 cycle's figures as the board overview. Pure: analysis records in, document
 * out. No child appears in a Section 11 return, so the board audience needs no further filtering.
 * The two sections on the scores (by standard, by agency) are worded by {@link ScoreSections}.
 */
public final class S11OverviewComposer {
    static final String KIND = "s11-overview";

    private S11OverviewComposer() {
    }

    /**
     * @param partnershipName for the running header
     * @param year the reporting year being built; its end dates every status
     * @param actions the cycle's Section 11 actions, rated as at the year end
     */
    public static BlockDocument compose(String partnershipName, ReportingYear year, Section11Overview o,
            ActionRegister actions) {
        String cycle = o.cycle();
        List<String> refs = new ArrayList<>();
        refs.add("s11-" + cycle);
        o.comparison().ifPresent(c -> refs.add("s11-" + c.previousCycle()));
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName, "Section 11 audit " + cycle + ": overview",
                "Reporting year " + year.label(), Audience.BOARD, refs);
        List<Block> body = new ArrayList<>();
        returns(o, body);
        ScoreSections.standards(o, body);
        ScoreSections.heatmap(o, body);
        panel(o, body);
        drops(o, body);
        comparison(o, body);
        body.addAll(ActionsSection.blocks(actions, "Section 11 cycle " + cycle));
        notes(o, actions, body);
        return new BlockDocument(meta, "s11-" + cycle,
                Cells.statusesAsAt(actions.asOf(), year), body);
    }

    private static void returns(Section11Overview o, List<Block> body) {
        body.add(new Block.Heading(1, "Returns"));
        body.add(new Block.Paragraph("Returns submitted: " + Cells.ratio(o.returnRate()) + " of the agencies asked."
                + " On time: " + Cells.ratio(o.onTimeRate()) + "."));
        TreeSet<String> dues = new TreeSet<>();
        o.returns().forEach(r -> dues.add(Cells.day(r.clock().due())));
        body.add(new Block.Paragraph("A return is on time when submitted on or before its due date ("
                + String.join(", ", dues) + "); a return not submitted counts against both"
                + " rates."));
        if (o.returns().isEmpty()) {
            body.add(new Block.Paragraph("No agency was asked for a return in this cycle."));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ReturnLine r : o.returns()) {
            rows.add(List.of(r.agency().name(), Cells.day(r.clock().due()), Cells.day(r.clock().done()),
                    status(r.clock()), r.standardsScored() + " of " + AuditLabels.STANDARDS,
                    r.moderation() ? "Yes" : "No"));
        }
        body.add(new Block.Table(new DataTable("returns",
                List.of("Agency", "Due", "Submitted", "Status", "Standards scored", "Moderation panel"), rows),
                TableLayout.SIX));
    }

    /** "On time", "Late (3 days)", "Overdue (12 days)", "Not yet due". */
    static String status(ClockResult c) {
        return switch (c.status()) {
            case ON_TIME -> "On time";
            case LATE -> "Late (" + Cells.count(c.daysLate(), "day", "days") + ")";
            case OVERDUE -> "Not submitted, overdue (" + Cells.count(c.daysLate(), "day", "days") + ")";
            case NOT_YET_DUE -> "Not yet due";
        };
    }

    private static void panel(Section11Overview o, List<Block> body) {
        body.add(new Block.Heading(1, "Moderation panel"));
        if (o.moderationPanel().isEmpty()) {
            body.add(new Block.Paragraph("No agency was invited to the moderation panel in this cycle."));
            return;
        }
        body.add(new Block.Paragraph(Cells.count(o.moderationPanel().size(), "agency was", "agencies were")
                + " invited to the moderation panel:"));
        body.add(new Block.Bullets(o.moderationPanel().stream().map(Agency::name).toList()));
    }

    private static void drops(Section11Overview o, List<Block> body) {
        body.add(new Block.Heading(1, "Largest drops at moderation"));
        if (o.largestDrops().isEmpty()) {
            body.add(new Block.Paragraph("The panel lowered no agency's score in this cycle."));
            return;
        }
        body.add(new Block.Paragraph("Agencies whose scores the panel lowered, largest total fall first (the sum,"
                + " over the standards lowered, of self score minus moderated score)."));
        List<List<String>> rows = new ArrayList<>();
        for (AgencyDrop d : o.largestDrops()) {
            rows.add(List.of(d.agency().name(), Integer.toString(d.totalDrop()),
                    Integer.toString(d.standardsLowered())));
        }
        body.add(new Block.Table(new DataTable("largest-drops", List.of("Agency", "Total fall", "Standards lowered"),
                rows), TableLayout.THREE));
    }

    private static void comparison(Section11Overview o, List<Block> body) {
        body.add(new Block.Heading(1, "Comparison with the previous cycle"));
        if (o.comparison().isEmpty()) {
            body.add(new Block.Paragraph("No earlier Section 11 cycle is recorded, so there is nothing to compare"
                    + " with."));
            return;
        }
        CycleComparison c = o.comparison().get();
        String then = c.previousCycle();
        body.add(new Block.Paragraph("Mean self scores in cycle " + then + " and cycle " + o.cycle()
                + " (self scores, the one score every return has). " + Cells.MISSING + " means no score in that"
                + " cycle."));
        body.add(new Block.Heading(2, "By standard"));
        List<List<String>> rows = new ArrayList<>();
        for (StandardChange s : c.standards()) {
            rows.add(List.of(s.standard() + " " + s.name(), Cells.mean(s.selfThen()), Cells.mean(s.selfNow()),
                    Cells.change(s.selfThen(), s.selfNow())));
        }
        List<String> header = List.of("Standard", "Mean " + then, "Mean " + o.cycle(), "Change");
        body.add(new Block.Table(new DataTable("comparison-by-standard", header, rows), TableLayout.FOUR));
        body.add(new Block.Heading(2, "By agency"));
        List<List<String>> agencyRows = new ArrayList<>();
        for (AgencyChange a : c.agencies()) {
            agencyRows.add(List.of(a.agency().name(), Cells.mean(a.selfThen()), Cells.mean(a.selfNow()),
                    Cells.change(a.selfThen(), a.selfNow())));
        }
        body.add(new Block.Table(new DataTable("comparison-by-agency",
                List.of("Agency", "Mean " + then, "Mean " + o.cycle(), "Change"), agencyRows), TableLayout.FOUR));
    }

    private static void notes(Section11Overview o, ActionRegister actions, List<Block> body) {
        body.add(new Block.Heading(1, "Data notes"));
        List<String> notes = new ArrayList<>(o.dataNotes());
        notes.addAll(actions.dataNotes().stream().filter(n -> !actions.actions().isEmpty()).toList());
        if (notes.isEmpty()) {
            body.add(new Block.Paragraph("No gaps or oddities were found in this cycle's data."));
        } else {
            body.add(new Block.Bullets(notes));
        }
    }
}
