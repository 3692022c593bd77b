package qaf.qaprogramme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import qaf.analysis.programme.EvaluationDates;
import qaf.analysis.programme.EvaluationDates.Column;
import qaf.analysis.programme.EvaluationDates.Dated;
import qaf.analysis.programme.EvaluationDates.Origin;
import qaf.analysis.programme.ProgrammeEntry;
import qaf.calendar.ReportingYear;
import qaf.calendar.Timetable;
import qaf.compose.Cells;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.Inline;
import qaf.document.TableLayout;
import qaf.terms.Terms;

/**
 * Words the year's QA calendar (appendix B's first table) as blocks: every process of the year at a
 * glance by date, then each evaluation's dated columns, each date saying where it comes from. Pure:
 * the evaluations' dates and the programme's entries in, the document out. Public: it holds themes,
 * refs and dates only, never a case or a person.
 */
public final class QaProgrammeComposer {
    static final String KIND = "qa-programme";
    static final List<String> DATES_HEADER = List.of("Evaluation", "Start: case details sent out",
            "Chronologies due", "Case evaluations due", "Multi-agency panel day", "Overview report",
            "Independent overview", "Seven-minute briefings");
    /** The programme's processes in appendix B's order, with the words a reader knows them by. */
    private static final Map<String, String> PROCESSES = Map.of("s11", "Section 11 audit", "school-audit",
            "Schools and education audit", "single-agency-audit", "Single agency audits", "annual-review",
            "Annual review");
    private static final List<String> PROCESS_ORDER = List.of("s11", "school-audit", "single-agency-audit",
            "annual-review");

    /**
     * @param evaluations the year's evaluations' dates, in any order (shown by first date, then ref)
     * @param programme the year's programme entries, in any order
     */
    public BlockDocument compose(String partnershipName, Terms terms, ReportingYear year,
            List<EvaluationDates> evaluations, List<ProgrammeEntry> programme) {
        List<EvaluationDates> byDate = evaluations.stream().sorted(Comparator.comparing(EvaluationDates::first)
                .thenComparing(d -> d.evaluation().ref())).toList();
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName, "Quality assurance programme " + year.label(),
                "The year's multi-agency case evaluations, audit cycles and annual review", Audience.PUBLIC,
                refs(year, byDate, programme));
        List<Block> body = new ArrayList<>();
        body.add(new Block.Paragraph("The " + terms.word("board") + "'s calendar of quality assurance for "
                + year.label() + ", as planned in its programme and its evaluations' records: when each"
                + " multi-agency case evaluation and each audit cycle runs, and when the annual review of all"
                + " audits is held."));
        glance(year, byDate, programme, terms, body);
        evaluations(byDate, body);
        return new BlockDocument(meta, KIND + "-" + year.label(), BlockDocument.Orientation.LANDSCAPE,
                "Planned dates for " + year.label() + " (" + Cells.longDay(year.start()) + " to "
                        + Cells.longDay(year.end()) + ").", body);
    }

    private static void glance(ReportingYear year, List<EvaluationDates> evaluations, List<ProgrammeEntry> programme,
            Terms terms, List<Block> body) {
        body.add(new Block.Heading(1, "The year at a glance"));
        record Row(java.time.LocalDate from, int order, String ref, List<String> cells) {
        }
        List<Row> rows = new ArrayList<>();
        for (EvaluationDates d : evaluations) {
            var e = d.evaluation();
            rows.add(new Row(d.first(), 0, e.ref(), List.of(Cells.day(d.first()), Cells.day(d.last()),
                    (e.kind() == Timetable.Kind.FULL ? "Full" : "Condensed") + " multi-agency case evaluation",
                    e.ref() + ": " + e.theme() + "; panel day " + Cells.day(e.panelOn()))));
        }
        for (ProgrammeEntry p : programme) {
            String what = "Cycle " + p.cycle()
                    + (p.process().equals("annual-review") ? ": review and impact assessment of all audits, by the "
                            + terms.word("audit-subgroup") : "")
                    + (p.notes() == null || p.notes().isBlank() ? "" : ". " + p.notes().strip());
            rows.add(new Row(p.startsOn(), 1 + PROCESS_ORDER.indexOf(p.process()), p.cycle(), List.of(
                    Cells.day(p.startsOn()), Cells.day(p.dueOn()), process(p.process()), what)));
        }
        rows.sort(Comparator.comparing(Row::from).thenComparingInt(Row::order).thenComparing(Row::ref));
        if (rows.isEmpty()) {
            body.add(new Block.Paragraph("Nothing is planned for " + year.label() + ": no evaluation has its panel"
                    + " day in the year and the programme holds no cycle for it."));
        } else {
            body.add(new Block.Paragraph("Every process of the year by the day it starts. An evaluation runs from"
                    + " its start to its last dated step; an audit cycle from its start to the day returns are due"
                    + " (returns after it are late)."));
            body.add(new Block.Table(new DataTable("calendar", List.of("From", "To", "Process", "What"),
                    rows.stream().map(Row::cells).toList()), TableLayout.CALENDAR));
        }
        Set<String> given = new TreeSet<>();
        programme.forEach(p -> given.add(p.process()));
        List<String> missing = PROCESS_ORDER.stream().filter(p -> !given.contains(p)).map(QaProgrammeComposer::process)
                .toList();
        if (!missing.isEmpty()) {
            body.add(new Block.Paragraph("The programme gives no dates in " + year.label() + " for: "
                    + String.join(", ", missing) + ". Section 11 and schools audits run every two years, single"
                    + " agency audits every year."));
        }
    }

    private static void evaluations(List<EvaluationDates> evaluations, List<Block> body) {
        body.add(new Block.Heading(1, "Multi-agency case evaluations"));
        if (evaluations.isEmpty()) {
            body.add(new Block.Paragraph("No evaluation has its panel day in the year."));
            return;
        }
        body.add(new Block.Paragraph("Appendix B's table for each evaluation, by start. In the full timetable"
                + " (appendix B, seven weeks) case details go out in week 1, chronologies and case evaluations are"
                + " due in week 3, the panel and its overview report are in week 4, the independent overview in"
                + " weeks 5 and 6 and the seven-minute briefings from week 7; the condensed timetable (appendix D)"
                + " runs over two weeks and has no independent overview or briefing date."));
        body.add(Block.Paragraph.of(Inline.strong("Where each date comes from: "), Inline.plain("\u201c"
                + Origin.ISSUED.label() + "\u201d is a date the partnership issued for the evaluation, and always"
                + " replaces the timetable's; \u201c" + Origin.TIMETABLE.label() + "\u201d is worked out from the"
                + " timetable, counted in working days from the start or the panel day (appendix B or D); \u201c" + Origin.RECORDED.label()
                + "\u201d is the evaluation's own start or panel day.")));
        List<List<Block.Cell>> rows = new ArrayList<>();
        List<List<String>> published = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (EvaluationDates d : evaluations) {
            var e = d.evaluation();
            List<Block.Cell> row = new ArrayList<>();
            row.add(Block.Cell.of(e.ref() + "\n" + e.theme() + "\n(" + e.kind().id() + ")"));
            for (Column c : Column.values()) {
                if (c == Column.HEALTH_EVALUATIONS) {
                    continue;
                }
                String text = cell(d, c);
                if (c == Column.EVALUATIONS && !d.date(Column.HEALTH_EVALUATIONS).equals(withColumn(d.date(c),
                        Column.HEALTH_EVALUATIONS))) {
                    text += "\nHealth: " + cell(d, Column.HEALTH_EVALUATIONS);
                }
                row.add(Block.Cell.of(text));
            }
            rows.add(row);
            for (Dated dated : d.dates()) {
                published.add(List.of(e.ref(), e.kind().id(), e.theme(), column(dated.column()),
                        dated.from() == null ? "" : dated.from().toString(), dated.to() == null ? ""
                                : dated.to().toString(), dated.origin().label()));
            }
            if (!d.note().isEmpty()) {
                notes.add(e.ref() + ": " + d.note());
            }
        }
        body.add(new Block.Table("evaluation-dates", DATES_HEADER, rows, TableLayout.PROGRAMME, Set.of(),
                new DataTable("evaluation-dates", List.of("evaluation_ref", "kind", "theme", "column", "from", "to",
                        "origin"), published)));
        if (!notes.isEmpty()) {
            body.add(new Block.Heading(2, "Timetable notes"));
            body.add(new Block.Bullets(notes));
        }
    }

    /** "21/05/2018\n(issued)"; a span "11/06/2018 to 22/06/2018\n(timetable)"; or why there is none. */
    static String cell(EvaluationDates dates, Column column) {
        Dated d = dates.date(column);
        if (d.origin() == Origin.NONE) {
            return Cells.MISSING + (dates.evaluation().kind() == Timetable.Kind.CONDENSED
                    && (column == Column.INDEPENDENT_OVERVIEW || column == Column.BRIEFINGS)
                    ? " not in the condensed timetable" : " no date (see the timetable notes)");
        }
        String date = d.to() == null ? Cells.day(d.from()) : Cells.day(d.from()) + " to " + Cells.day(d.to());
        return date + "\n(" + d.origin().label() + ")";
    }

    private static Dated withColumn(Dated d, Column column) {
        return new Dated(column, d.from(), d.to(), d.origin());
    }

    private static String column(Column c) {
        return c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String process(String id) {
        return PROCESSES.getOrDefault(id, id);
    }

    private static List<String> refs(ReportingYear year, List<EvaluationDates> evaluations,
            List<ProgrammeEntry> programme) {
        java.util.Set<String> refs = new java.util.LinkedHashSet<>();
        refs.add(year.label());
        evaluations.forEach(d -> refs.add(d.evaluation().ref()));
        programme.stream().map(ProgrammeEntry::cycle).sorted().forEach(refs::add);
        return List.copyOf(refs);
    }
}
