package qaf.actiontracker;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import qaf.analysis.audit.ActionRag;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.ActionRegister.TrackedAction;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.audit.ActionTracker;
import qaf.analysis.audit.Agency;
import qaf.analysis.audit.RagCounts;
import qaf.analysis.audit.Ratio;
import qaf.calendar.ReportingYear;
import qaf.compose.Charts;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.Inline;
import qaf.document.TableLayout;
import qaf.document.Tone;

/**
 * Words the action register ({@link ActionTracker}) for the board as blocks. Pure: the actions,
 * agencies and reporting year in, the document out; statuses are measured at the end of the year
 * being built. Board audience: actions name agencies, never a child.
 */
public final class ActionTrackerComposer {
    static final String KIND = "action-tracker";
    static final String FILE_NAME = "action-tracker";
    /** Shown wherever a value is missing; a missing value is never shown as 0. */
    static final String MISSING = "\u2013";
    static final String OVERDUE_SECTION = "Overdue (red)";
    static final List<String> ACTION_HEADER = List.of("Ref", "Source", "Owner", "Description", "Agreed", "Due",
            "Status", "RAG", "Days overdue", "Evidence / impact");
    static final List<String> ACTION_CSV_HEADER = List.of("action_ref", "source", "source_ref", "owner",
            "description", "agreed_on", "due_on", "status", "rag", "days_overdue", "evidence", "impact");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** As at the year's last day. */
    public BlockDocument compose(String partnershipName, ReportingYear year, List<ActionRecord> records,
            List<Agency> agencies) {
        return compose(partnershipName, year, records, agencies, year.end());
    }

    /** As at {@code asOf}, the build's as-at day. */
    public BlockDocument compose(String partnershipName, ReportingYear year, List<ActionRecord> records,
            List<Agency> agencies, LocalDate asOf) {
        ActionRegister register = ActionTracker.register(records, agencies, asOf);
        String asOfText = LONG.format(asOf);
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName, "Action tracker " + year.label(),
                "Every action from every quality assurance process, as at " + asOfText, Audience.BOARD,
                refs(year, records));

        List<Block> body = new ArrayList<>();
        body.add(new Block.Heading(1, "How actions are rated"));
        body.add(new Block.Bullets(ragRule(asOfText)));

        body.add(new Block.Heading(1, "Summary"));
        RagCounts totals = register.totals();
        body.add(Block.Paragraph.of(Inline.strong("Totals: "), Inline.plain(plural(totals.total(), "action",
                "actions") + " as at " + asOfText + ": " + totals.red() + " red (overdue), " + totals.amber()
                + " amber, " + totals.green() + " green, " + totals.notRated() + " not rated (cancelled).")));
        body.add(Block.Paragraph.of(Inline.strong("Completion: "), Inline.plain(ratio(register.completion(),
                "actions not cancelled are complete", "no action that is not cancelled, so there is no completion"
                        + " rate"))));
        body.add(Block.Paragraph.of(Inline.strong("Evidence of impact: "), Inline.plain(ratio(
                register.completedWithImpact(), "complete actions record evidence of impact",
                "no complete action, so there is no rate of evidenced impact"))));

        List<Charts.RagCounts> bySource = register.bySource().stream()
                .map(s -> rag(s.source().label(), s.counts())).toList();
        DataTable sourceData = countData("actions-by-source", "source", bySource);
        counts(body, "Actions by source", "Source", sourceData, bySource);
        body.add(new Block.Figure(Charts.rag("Actions by source and RAG", "Actions by source and RAG as at "
                + asOfText, "Actions", bySource), sourceData));
        List<Charts.RagCounts> byAgency = register.byAgency().stream().map(a -> rag(a.label(), a.counts())).toList();
        counts(body, "Actions by owner", "Owner", countData("actions-by-agency", "owner", byAgency), byAgency);
        List<Charts.RagCounts> byStatus = register.byStatus().stream()
                .map(s -> rag(s.status().label(), s.counts())).toList();
        counts(body, "Actions by recorded status", "Status", countData("actions-by-status", "status", byStatus),
                byStatus);
        List<String> notes = notes(register);
        if (!notes.isEmpty()) {
            body.add(new Block.Heading(2, "Notes"));
            body.add(new Block.Bullets(notes));
        }
        actions(body, register);
        return new BlockDocument(meta, FILE_NAME, BlockDocument.Orientation.LANDSCAPE,
                qaf.compose.Cells.statusesAsAt(asOf, year), body);
    }

    /** The rule of {@link ActionTracker}, in words, with the as-of date filled in. */
    static List<String> ragRule(String asOfText) {
        return List.of(
                "Green: complete (whenever it was completed), or in progress and not yet past its due date.",
                "Amber: open (agreed but not started) and not yet past its due date.",
                "Red: open or in progress and past its due date on " + asOfText
                        + "; days overdue are calendar days from the due date (an action due that day is not yet"
                        + " overdue).",
                "Not rated: cancelled; listed, counted apart and never red.",
                "The recorded status is taken as it stands; the date " + asOfText
                        + " (the day the statuses are as at) only decides whether a due date has passed.");
    }

    private static List<String> notes(ActionRegister register) {
        List<String> notes = new ArrayList<>(register.dataNotes());
        long partnershipWide = register.actions().stream().filter(TrackedAction::partnershipWide).count();
        if (partnershipWide > 0) {
            int n = (int) partnershipWide;
            notes.add(plural(n, "action has", "actions have") + " no owning agency and "
                    + (n == 1 ? "is" : "are") + " shown as owned by \u201c" + ActionTracker.PARTNERSHIP_WIDE
                    + "\u201d.");
        }
        int cancelled = register.totals().notRated();
        if (cancelled > 0) {
            notes.add(plural(cancelled, "action was", "actions were") + " cancelled: "
                    + (cancelled == 1 ? "it is" : "they are") + " listed and counted as \u201cnot rated\u201d,"
                    + " outside the red, amber and green totals and the completion rate.");
        }
        return notes;
    }

    /**
     * The register under a heading per section (overdue first, then each source), each section one
     * table; every section table publishes the whole register as the one {@code actions} CSV.
     */
    private static void actions(List<Block> body, ActionRegister register) {
        body.add(new Block.Heading(1, "Actions"));
        if (register.actions().isEmpty()) {
            body.add(new Block.Paragraph("No action is recorded."));
            return;
        }
        body.add(new Block.Paragraph("Overdue actions come first (most days overdue first), then the rest by"
                + " source, owner and ref. Overdue rows are also in bold."));
        List<List<String>> csv = register.actions().stream().map(ActionTrackerComposer::csvRow).toList();
        DataTable published = new DataTable("actions", ACTION_CSV_HEADER, csv);
        List<TrackedAction> all = register.actions();
        int from = 0;
        while (from < all.size()) {
            String section = section(all.get(from));
            List<List<Block.Cell>> rows = new ArrayList<>();
            int to = from;
            while (to < all.size() && section(all.get(to)).equals(section)) {
                rows.add(row(all.get(to)));
                to++;
            }
            body.add(new Block.Heading(2, section + " (" + (to - from) + ")"));
            body.add(new Block.Table("actions", ACTION_HEADER, rows, TableLayout.ACTION_REGISTER, java.util.Set.of(8),
                    published));
            from = to;
        }
    }

    static String section(TrackedAction t) {
        return t.rag() == ActionRag.RED ? OVERDUE_SECTION : t.action().source().label();
    }

    /** One action's cells; an overdue row is bold throughout, and its RAG cell says the RAG in words. */
    private static List<Block.Cell> row(TrackedAction t) {
        ActionRecord a = t.action();
        boolean red = t.rag() == ActionRag.RED;
        List<Block.Cell> cells = new ArrayList<>();
        for (String text : List.of(a.actionRef(), a.source().label() + "\n" + a.sourceRef(), t.owner(),
                a.description(), DAY.format(a.agreedOn()), DAY.format(a.dueOn()), status(t))) {
            cells.add(new Block.Cell(text, null, red));
        }
        cells.add(new Block.Cell(t.rag().label(), tone(t.rag()), red));
        cells.add(new Block.Cell(daysOverdue(t), null, red));
        cells.add(new Block.Cell("Evidence: " + text(a.evidence()) + "\nImpact: " + text(a.impact()), null, red));
        return cells;
    }

    private static List<String> csvRow(TrackedAction t) {
        ActionRecord a = t.action();
        return List.of(a.actionRef(), a.source().label(), a.sourceRef(), t.owner(), a.description(),
                DAY.format(a.agreedOn()), DAY.format(a.dueOn()), status(t), t.rag().label(), daysOverdue(t),
                text(a.evidence()), text(a.impact()));
    }

    /** "Open", or "Complete 10/12/2018 (10 days late)". */
    static String status(TrackedAction t) {
        ActionRecord a = t.action();
        String status = a.status().label();
        if (a.status() == ActionStatus.COMPLETE) {
            status += " " + DAY.format(a.completedOn())
                    + (t.daysLateAtCompletion() > 0 ? " (" + plural(t.daysLateAtCompletion(), "day", "days") + " late)"
                            : "");
        }
        return status;
    }

    private static String daysOverdue(TrackedAction t) {
        return t.rag() == ActionRag.RED ? Integer.toString(t.daysOverdue()) : MISSING;
    }

    static Tone tone(ActionRag rag) {
        return switch (rag) {
            case RED -> Tone.BAD;
            case AMBER -> Tone.CAUTION;
            case GREEN -> Tone.GOOD;
            case NOT_RATED -> Tone.NOT_RATED;
        };
    }

    private static Charts.RagCounts rag(String label, RagCounts c) {
        return new Charts.RagCounts(label, c.red(), c.amber(), c.green(), c.notRated());
    }

    private static DataTable countData(String name, String first, List<Charts.RagCounts> rows) {
        return new DataTable(name, List.of(first, "red", "amber", "green", "not_rated", "total"),
                rows.stream().map(r -> List.of(r.label(), Integer.toString(r.red()), Integer.toString(r.amber()),
                        Integer.toString(r.green()), Integer.toString(r.notRated()),
                        Integer.toString(r.red() + r.amber() + r.green() + r.notRated()))).toList());
    }

    /** A count table under its heading: the CSV's cells under display column names. */
    private static void counts(List<Block> body, String heading, String first, DataTable data,
            List<Charts.RagCounts> rows) {
        body.add(new Block.Heading(2, heading));
        if (rows.isEmpty()) {
            body.add(new Block.Paragraph("No action to count."));
            return;
        }
        List<List<Block.Cell>> cells = data.rows().stream().map(r -> r.stream().map(Block.Cell::of).toList())
                .toList();
        body.add(new Block.Table(data.name(), List.of(first, "Red", "Amber", "Green", "Not rated", "Total"), cells,
                TableLayout.SIX_COUNTS, TableLayout.SIX_COUNTS.defaultNumeric(), data));
    }

    static String ratio(Ratio r, String what, String undefined) {
        if (r.isUndefined()) {
            return MISSING + ": there is " + undefined + ".";
        }
        return r.numerator() + " of " + r.denominator() + " " + what
                + (qaf.analysis.SmallNumbers.percentShown(r.denominator()) ? " (" + r.wholePercent() + "%)." : ".");
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? MISSING : s.strip();
    }

    private static String plural(int n, String one, String many) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n) + " " + (n == 1 ? one : many);
    }

    private static List<String> refs(ReportingYear year, List<ActionRecord> records) {
        List<String> refs = new ArrayList<>();
        refs.add(year.label());
        records.stream().map(ActionRecord::actionRef).sorted().forEach(refs::add);
        return refs;
    }
}
