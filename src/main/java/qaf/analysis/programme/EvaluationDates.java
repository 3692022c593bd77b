package qaf.analysis.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import qaf.analysis.evaluation.Evaluation;
import qaf.analysis.evaluation.EvaluationTimetable;
import qaf.analysis.evaluation.IssuedDates;
import qaf.calendar.Timetable;
import qaf.calendar.WorkingDays;

/**
 * One evaluation's row of appendix B's first table: the date of each of its columns and where that
 * date comes from. An issued date (evaluations.csv, Version 2) always wins; otherwise the date is the
 * timetable's ({@link EvaluationTimetable}, appendix B or D counted in working days), or, for the
 * start and the panel day, the evaluation's own record.
 *
 * <p>The overview report, the independent overview and the briefings carry no milestone of
 * {@link Timetable}; they are dated here by the same offsets from the panel day as its steps (full:
 * overview the next working day, independent overview days 21-30 = panel + 3 to panel + 12,
 * briefings panel + 13; condensed: the brief overview report the next working day). Appendix D has
 * no independent overview and no briefing date, so a condensed evaluation has none unless issued.
 */
public record EvaluationDates(Evaluation evaluation, List<Dated> dates, String note) {
    static final int OVERVIEW_AFTER_PANEL = 1;
    static final int INDEPENDENT_FROM_PANEL = 3;
    static final int INDEPENDENT_TO_PANEL = 12;
    static final int BRIEFINGS_AFTER_PANEL = 13;

    /** Appendix B's columns after the theme, in its order. */
    public enum Column { CASES_SENT, CHRONOLOGIES, EVALUATIONS, HEALTH_EVALUATIONS, PANEL, OVERVIEW,
        INDEPENDENT_OVERVIEW, BRIEFINGS }

    /** Where a date comes from; documents say it beside the date. */
    public enum Origin {
        /** The evaluation's own record (evaluations.csv starts_on, panel_on). */
        RECORDED("recorded", "the evaluation's own start or panel day"),
        ISSUED("issued", EvaluationTimetable.Source.ISSUED.words()),
        TIMETABLE("timetable", EvaluationTimetable.Source.TIMETABLE.words()),
        /** No date: not issued, and the timetable has none (or could not be laid out). */
        NONE("no date", "no date");

        private final String label;
        private final String words;

        Origin(String label, String words) {
            this.label = label;
            this.words = words;
        }

        /** A word or two for a table cell, e.g. "issued". */
        public String label() {
            return label;
        }

        /** What the label means, e.g. "the date the partnership issued". */
        public String words() {
            return words;
        }
    }

    /**
     * One column's date. {@code from} is null only for {@link Origin#NONE}; {@code to} is the end of a
     * span (the independent overview worked out from the timetable), else null.
     */
    public record Dated(Column column, LocalDate from, LocalDate to, Origin origin) {
        public Dated {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(origin, "origin");
            if ((from == null) != (origin == Origin.NONE)) {
                throw new IllegalArgumentException(column + ": a date has an origin, and only a missing one has none");
            }
        }

        /** The last day it covers, if dated. */
        public Optional<LocalDate> last() {
            return Optional.ofNullable(to != null ? to : from);
        }
    }

    public EvaluationDates {
        Objects.requireNonNull(evaluation, "evaluation");
        dates = List.copyOf(dates);
        Objects.requireNonNull(note, "note");
        if (dates.size() != Column.values().length) {
            throw new IllegalArgumentException("one date per column of appendix B");
        }
    }

    public static EvaluationDates of(EvaluationTimetable et, WorkingDays wd) {
        Evaluation e = et.evaluation();
        IssuedDates issued = e.issued();
        Optional<Timetable> t = et.timetable();
        boolean full = e.kind() == Timetable.Kind.FULL;
        List<Dated> dates = new ArrayList<>();
        dates.add(issued.casesSentOn() != null ? issuedOn(Column.CASES_SENT, issued.casesSentOn())
                : new Dated(Column.CASES_SENT, e.startsOn(), null, Origin.RECORDED));
        dates.add(due(Column.CHRONOLOGIES, et.chronologyDue()));
        dates.add(due(Column.EVALUATIONS, et.evaluationDue()));
        dates.add(due(Column.HEALTH_EVALUATIONS, et.healthEvaluationDue()));
        dates.add(new Dated(Column.PANEL, e.panelOn(), null, Origin.RECORDED));
        dates.add(afterPanel(Column.OVERVIEW, issued.overviewDue(), t, true, OVERVIEW_AFTER_PANEL, wd));
        if (issued.independentOverviewDue() != null) {
            dates.add(issuedOn(Column.INDEPENDENT_OVERVIEW, issued.independentOverviewDue()));
        } else if (full && t.isPresent()) {
            dates.add(new Dated(Column.INDEPENDENT_OVERVIEW, wd.add(t.get().panelDay(), INDEPENDENT_FROM_PANEL),
                    wd.add(t.get().panelDay(), INDEPENDENT_TO_PANEL), Origin.TIMETABLE));
        } else {
            dates.add(new Dated(Column.INDEPENDENT_OVERVIEW, null, null, Origin.NONE));
        }
        dates.add(afterPanel(Column.BRIEFINGS, issued.briefingsDue(), t, full, BRIEFINGS_AFTER_PANEL, wd));
        return new EvaluationDates(e, dates, et.note());
    }

    /** The column's date. */
    public Dated date(Column column) {
        return dates.get(column.ordinal());
    }

    /** The evaluation's first dated day: its start or the issued date cases were sent out. */
    public LocalDate first() {
        return date(Column.CASES_SENT).from();
    }

    /** The evaluation's last dated day (its briefings, else the latest date it has). */
    public LocalDate last() {
        return dates.stream().map(Dated::last).flatMap(Optional::stream).max(LocalDate::compareTo).orElseThrow();
    }

    private static Dated issuedOn(Column column, LocalDate date) {
        return new Dated(column, date, null, Origin.ISSUED);
    }

    private static Dated due(Column column, Optional<EvaluationTimetable.Due> due) {
        return due.map(d -> new Dated(column, d.date(), null, d.source() == EvaluationTimetable.Source.ISSUED
                ? Origin.ISSUED : Origin.TIMETABLE)).orElse(new Dated(column, null, null, Origin.NONE));
    }

    private static Dated afterPanel(Column column, LocalDate issued, Optional<Timetable> t, boolean inTimetable,
            int offset, WorkingDays wd) {
        if (issued != null) {
            return issuedOn(column, issued);
        }
        if (inTimetable && t.isPresent()) {
            return new Dated(column, wd.add(t.get().panelDay(), offset), null, Origin.TIMETABLE);
        }
        return new Dated(column, null, null, Origin.NONE);
    }
}
