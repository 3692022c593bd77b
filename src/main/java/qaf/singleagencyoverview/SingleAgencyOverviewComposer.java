package qaf.singleagencyoverview;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import qaf.analysis.audit.Agency;
import qaf.analysis.audit.HowActioned;
import qaf.analysis.audit.Ratio;
import qaf.analysis.audit.SingleAgencyAudit;
import qaf.analysis.audit.SingleAgencyAuditAnalysis;
import qaf.analysis.audit.SingleAgencyAuditYear;
import qaf.analysis.audit.SingleAgencyOverview;
import qaf.analysis.audit.SingleAgencyOverview.AuditLine;
import qaf.analysis.audit.SingleAgencyOverview.HowActionedCount;
import qaf.calendar.ReportingYear;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.Inline;
import qaf.document.TableLayout;
import qaf.terms.Terms;

/**
 * Words a year's single agency audit analysis ({@link SingleAgencyAuditAnalysis}) for the board as
 * blocks: the return table, the moderation panel, then each agency's audit (framework section 7,
 * appendix E) in full, in appendix E's order, its "how to be actioned" as the tick list it is.
 * Pure; free text is kept whole and missing text is "–". Audits are due on
 * {@link SingleAgencyAuditAnalysis#defaultDue} and statuses are measured at
 * the end of the year being built.
 */
public final class SingleAgencyOverviewComposer {
    static final String KIND = "single-agency-overview";
    /** Shown wherever a value is missing; a missing value is never shown as 0. */
    static final String MISSING = "\u2013";
    static final String NOT_STATED = "Not stated";
    /** Appendix E's free-text sections, in its order, in the partnership's words (terms.csv). */
    static List<String> sectionTitles(Terms terms) {
        return List.of("Audit activity", "Performance information", "Executive summary", "Outcomes",
                "Main body of the report", "Message for the " + terms.word("board", "board"),
                "Recommendations and action plan");
    }

    static final String TICKED = "\u2612";
    static final String UNTICKED = "\u2610";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Due on the year's last day (no QA programme), statuses as at that day. */
    public BlockDocument compose(String partnershipName, ReportingYear year, SingleAgencyAuditYear data) {
        return compose(partnershipName, year, data, new SingleAgencyAuditAnalysis.Due(
                SingleAgencyAuditAnalysis.defaultDue(year), false), year.end(), Terms.FRAMEWORK);
    }

    /** In the framework's own words: what a partnership without terms.csv reads. */
    public BlockDocument compose(String partnershipName, ReportingYear year, SingleAgencyAuditYear data,
            SingleAgencyAuditAnalysis.Due dueRule, LocalDate asOf) {
        return compose(partnershipName, year, data, dueRule, asOf, Terms.FRAMEWORK);
    }

    /** @param terms the partnership's word for the board the audits' messages are for */
    public BlockDocument compose(String partnershipName, ReportingYear year, SingleAgencyAuditYear data,
            SingleAgencyAuditAnalysis.Due dueRule, LocalDate asOf, Terms terms) {
        LocalDate due = dueRule.date();
        SingleAgencyOverview o = SingleAgencyAuditAnalysis.analyse(data, due, asOf);
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName, "Single agency audits " + o.year(),
                "Appendix E returns for the reporting year " + o.year(), Audience.BOARD, refs(o));
        List<Block> body = new ArrayList<>();
        body.add(new Block.Heading(1, "Returns"));
        body.add(new Block.Paragraph("Audits were due by " + LONG.format(due) + (dueRule.fromProgramme()
                ? ", the date the year's QA programme sets (programme.csv)"
                : ". The QA programme gives no date for this year, so the rule used is the last day of the"
                        + " reporting year") + "; an audit is on time when submitted on or before that day, and"
                + " lateness is counted in calendar days."));
        Ratio submitted = o.submittedRate();
        body.add(new Block.Bullets(List.of(
                "Audits asked for: " + submitted.denominator() + ".",
                "Submitted: " + ratio(submitted) + ".",
                "Submitted on time: " + ratio(o.onTimeRate()) + ".",
                "Missing (not received): " + ratio(new Ratio(submitted.denominator() - submitted.numerator(),
                        submitted.denominator())) + ".")));
        returns(o, due, body);

        body.add(new Block.Heading(2, "How agencies asked the "
                + terms.word("board", "board") + " to action their audits"));
        body.add(new Block.Paragraph("Appendix E's \u201chow to be actioned\u201d is a tick list: an audit may tick"
                + " more than one way, so the counts may add up to more than the audits submitted."));
        List<List<String>> how = new ArrayList<>();
        for (HowActionedCount h : o.howActioned()) {
            how.add(List.of(tick(h.how()), Integer.toString(h.count())));
        }
        how.add(List.of(NOT_STATED, Integer.toString(o.howActionedNotStated())));
        body.add(new Block.Table("how-actioned", List.of("How to be actioned", "Audits"), cells(how),
                TableLayout.TWO_COUNTS, TableLayout.TWO_COUNTS.defaultNumeric(),
                new DataTable("how-actioned", List.of("how_actioned", "audits"), how)));
        if (!o.dataNotes().isEmpty()) {
            body.add(new Block.Heading(2, "Notes"));
            body.add(new Block.Bullets(o.dataNotes()));
        }

        body.addAll(qaf.compose.ModerationPanel.blocks(o.moderationPanel(), "agency", "agencies", o.year()));

        body.add(new Block.Heading(1, "Audits by agency"));
        if (o.lines().isEmpty()) {
            body.add(new Block.Paragraph("No single agency audit was asked for in " + o.year() + "."));
        }
        for (AuditLine line : o.lines()) {
            audit(line, due, body, terms);
        }
        return new BlockDocument(meta, "single-agency-overview-" + o.year(),
                qaf.compose.Cells.statusesAsAt(asOf, year), body);
    }

    /** One row per agency asked for an audit (by code), then the agencies with none recorded. */
    private static void returns(SingleAgencyOverview o, LocalDate due, List<Block> body) {
        List<List<String>> rows = new ArrayList<>();
        for (AuditLine line : o.lines()) {
            rows.add(List.of(line.agency().code(), line.agency().name(),
                    line.audit().submittedOn() == null ? MISSING : DAY.format(line.audit().submittedOn()),
                    status(line, due), how(line)));
        }
        for (Agency a : o.notAsked()) {
            rows.add(List.of(a.code(), a.name(), MISSING, "No audit recorded for the year", MISSING));
        }
        if (rows.isEmpty()) {
            body.add(new Block.Paragraph("No agency is listed for the year."));
            return;
        }
        body.add(new Block.Table("returns", List.of("Agency", "Submitted on", "Return", "How to be actioned"),
                cells(rows.stream().map(r -> r.subList(1, r.size())).toList()), TableLayout.AGENCY_RETURNS, Set.of(),
                new DataTable("returns", List.of("agency_code", "agency", "submitted_on", "return", "how_actioned"),
                        rows)));
    }

    private static List<List<Block.Cell>> cells(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(Block.Cell::of).toList()).toList();
    }

    static String status(AuditLine line, LocalDate due) {
        return switch (line.status()) {
            case ON_TIME -> "Submitted on time";
            case LATE -> "Submitted late, " + days(line.daysLate()) + " after the due date";
            case OVERDUE -> "Missing: not received, " + days(line.daysLate()) + " overdue";
            case NOT_YET_DUE -> "Missing: not received (due " + DAY.format(due) + ", not yet overdue)";
        };
    }

    private static String how(AuditLine line) {
        if (!line.audit().howActionedAll().isEmpty()) {
            return String.join("; ", line.audit().howActionedAll().stream().map(HowActioned::label).toList());
        }
        return line.status().submitted() ? NOT_STATED : MISSING;
    }

    /** Appendix E's own words for each way of actioning an audit. */
    static String tick(HowActioned h) {
        return switch (h) {
            case AUTHOR_ATTENDING -> "Report author attending";
            case DISCUSSION -> "Discussion item";
            case PRESENTATION -> "Presentation";
            case WORKSHOP -> "Workshop";
            case CIRCULATE -> "Circulate to Board members outside of meetings for information";
        };
    }

    /** The tick list as appendix E prints it, every way with its box, and the ticked ones in words first. */
    private static List<Block> tickList(SingleAgencyAudit a) {
        List<HowActioned> ticked = a.howActionedAll();
        String said = ticked.isEmpty() ? "The agency ticked none."
                : "Ticked: " + String.join("; ", ticked.stream().map(SingleAgencyOverviewComposer::tick).toList())
                        + ".";
        List<String> boxes = new ArrayList<>();
        for (HowActioned h : HowActioned.values()) {
            boxes.add((ticked.contains(h) ? TICKED : UNTICKED) + " " + tick(h));
        }
        return List.of(new Block.Paragraph(said), new Block.Paragraph(String.join("\n", boxes)));
    }

    /** One agency's audit under its own heading: its return, then appendix E's six sections in full. */
    private static void audit(AuditLine line, LocalDate due, List<Block> body, Terms terms) {
        SingleAgencyAudit a = line.audit();
        String name = line.agency().name();
        String code = line.agency().code();
        // Some names already end with their code, e.g. "Mental Health Trust (CAMHS)": do not repeat it.
        body.add(new Block.Heading(2, name.endsWith("(" + code + ")") ? name : name + " (" + code + ")"));
        String status = status(line, due) + (a.submittedOn() == null ? "" : ", " + DAY.format(a.submittedOn()))
                + ".";
        body.add(Block.Paragraph.of(Inline.strong("Return: "), Inline.plain(status)));
        List<String> texts = java.util.Arrays.asList(a.auditActivity(), a.performanceInformation(),
                a.executiveSummary(), a.outcomes(), a.mainBody(), a.boardMessage(), a.recommendations());
        boolean anyText = texts.stream().anyMatch(t -> t != null && !t.isBlank()) || !blank(a.appendices());
        // An audit not received has nothing to show; one with text but no date still shows its text.
        if (!line.status().submitted() && !anyText && a.howActionedAll().isEmpty()) {
            body.add(new Block.Paragraph("No audit was received, so there is nothing to summarise."));
            return;
        }
        body.add(Block.Paragraph.of(Inline.strong("Completed by: "),
                Inline.plain(blank(a.completedBy()) ? "Not recorded" : a.completedBy().strip())));
        List<String> titles = sectionTitles(terms);
        for (int i = 0; i < titles.size(); i++) {
            String t = texts.get(i);
            body.add(new Block.Heading(3, titles.get(i)));
            // Free text is kept whole, never truncated; its line breaks stay line breaks.
            body.add(new Block.Paragraph(blank(t) ? MISSING : t.strip()));
        }
        body.add(new Block.Heading(3, "How to be actioned"));
        body.addAll(tickList(a));
        body.add(new Block.Heading(3, "Appendices"));
        body.add(new Block.Paragraph(blank(a.appendices()) ? "None listed." : a.appendices().strip()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String ratio(Ratio r) {
        if (r.isUndefined()) {
            return MISSING + " (no audit was asked for)";
        }
        return qaf.analysis.SmallNumbers.counts(r.numerator(), r.denominator(), r.wholePercent());
    }

    private static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }

    private static List<String> refs(SingleAgencyOverview o) {
        List<String> refs = new ArrayList<>();
        refs.add(o.year());
        o.lines().forEach(l -> refs.add(l.agency().code()));
        return refs;
    }
}
