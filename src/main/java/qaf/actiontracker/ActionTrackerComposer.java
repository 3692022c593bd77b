package qaf.actiontracker;

import qaf.compose.Charts;

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
import qaf.document.Audience;
import qaf.document.DocumentMeta;

/**
 * Words the action register ({@link ActionTracker}) for the board. Pure: the actions, agencies and
 * reporting year in, the document out; statuses are measured at the end of the year being built.
 */
public final class ActionTrackerComposer {
    static final String KIND = "action-tracker";
    /** Shown wherever a value is missing; a missing value is never shown as 0. */
    static final String MISSING = "\u2013";
    static final String OVERDUE_SECTION = "Overdue (red)";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public ActionTrackerDocument compose(String partnershipName, ReportingYear year, List<ActionRecord> records,
            List<Agency> agencies) {
        LocalDate asOf = year.end();
        ActionRegister register = ActionTracker.register(records, agencies, asOf);
        String asOfText = LONG.format(asOf);

        List<ActionTrackerDocument.CountRow> bySource = register.bySource().stream()
                .map(s -> count(s.source().label(), s.counts())).toList();
        List<ActionTrackerDocument.CountRow> byAgency = register.byAgency().stream()
                .map(a -> count(a.label(), a.counts())).toList();
        List<ActionTrackerDocument.CountRow> byStatus = register.byStatus().stream()
                .map(s -> count(s.status().label(), s.counts())).toList();

        List<ActionTrackerDocument.Row> rows = new ArrayList<>();
        int partnershipWide = 0;
        for (TrackedAction t : register.actions()) {
            rows.add(row(t));
            partnershipWide += t.partnershipWide() ? 1 : 0;
        }

        List<String> notes = new ArrayList<>(register.dataNotes());
        if (partnershipWide > 0) {
            notes.add(plural(partnershipWide, "action has", "actions have") + " no owning agency and "
                    + (partnershipWide == 1 ? "is" : "are") + " shown as owned by \u201c"
                    + ActionTracker.PARTNERSHIP_WIDE + "\u201d.");
        }
        int cancelled = register.totals().notRated();
        if (cancelled > 0) {
            notes.add(plural(cancelled, "action was", "actions were") + " cancelled: "
                    + (cancelled == 1 ? "it is" : "they are") + " listed and counted as \u201cnot rated\u201d,"
                    + " outside the red, amber and green totals and the completion rate.");
        }

        RagCounts totals = register.totals();
        String totalsText = plural(totals.total(), "action", "actions") + " as at " + asOfText + ": "
                + totals.red() + " red (overdue), " + totals.amber() + " amber, " + totals.green() + " green, "
                + totals.notRated() + " not rated (cancelled).";
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName, "Action tracker " + year.label(),
                "Every action from every quality assurance process, as at " + asOfText, Audience.BOARD,
                refs(year, records));
        return new ActionTrackerDocument(meta, asOfText, ragRule(asOfText), totalsText,
                Charts.rag("Actions by source and RAG", "Actions by source and RAG as at " + asOfText, "Actions",
                        bySource.stream().map(c -> new Charts.RagCounts(c.label(), c.red(), c.amber(),
                                c.green(), c.notRated())).toList()),
                bySource, byAgency, byStatus,
                ratio(register.completion(), "actions not cancelled are complete",
                        "no action that is not cancelled, so there is no completion rate"),
                ratio(register.completedWithImpact(), "complete actions record evidence of impact",
                        "no complete action, so there is no rate of evidenced impact"),
                rows, notes);
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
                        + " (the end of the reporting year) only decides whether a due date has passed.");
    }

    private static ActionTrackerDocument.Row row(TrackedAction t) {
        ActionRecord a = t.action();
        String section = t.rag() == ActionRag.RED ? OVERDUE_SECTION : a.source().label();
        String status = a.status().label();
        if (a.status() == ActionStatus.COMPLETE) {
            status += " " + DAY.format(a.completedOn())
                    + (t.daysLateAtCompletion() > 0 ? " (" + plural(t.daysLateAtCompletion(), "day", "days") + " late)"
                            : "");
        }
        return new ActionTrackerDocument.Row(section, a.actionRef(), a.source().label(), a.sourceRef(), t.owner(),
                a.description(), DAY.format(a.agreedOn()), DAY.format(a.dueOn()), status, t.rag(),
                t.rag().label(), t.rag() == ActionRag.RED ? Integer.toString(t.daysOverdue()) : MISSING,
                text(a.evidence()), text(a.impact()));
    }

    private static ActionTrackerDocument.CountRow count(String label, RagCounts c) {
        return new ActionTrackerDocument.CountRow(label, c.red(), c.amber(), c.green(), c.notRated());
    }

    static String ratio(Ratio r, String what, String undefined) {
        if (r.isUndefined()) {
            return MISSING + ": there is " + undefined + ".";
        }
        return r.numerator() + " of " + r.denominator() + " " + what + " (" + r.wholePercent() + "%).";
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
