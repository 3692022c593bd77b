package qaf.returns;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.CloseTheLoopItem;
import qaf.analysis.evaluation.CloseTheLoopReturn;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.EvaluationTimetable;
import qaf.store.ReturnsQueries.Agency;

/**
 * Which agency has returned what, against which due date (and where that date comes from), as at a
 * day: for an evaluation, per agency its chronology and its self-evaluation (all its cases
 * together) and each close-the-loop form due from it; for an audit cycle, per agency or school its
 * return. A return dated after the day is not yet returned as at the day.
 */
public final class ReturnsStatus {
    private ReturnsStatus() {
    }

    /** How a return stands as at the day. */
    public enum State {
        ON_TIME("returned on time"), LATE("returned late"), RETURNED_NO_DUE("returned (no due date)"), RETURNED_UNDATED("returned, date not recorded"),
        OVERDUE("overdue"), NOT_YET_DUE("not yet due"), NO_DUE_DATE("not returned (no due date)");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where a due date comes from. */
    public enum DueFrom {
        /** programme.csv: the QA programme's due date for the process and cycle. */
        PROGRAMME("programme.csv"),
        /** evaluations.csv Version 2: the date the partnership issued. */
        ISSUED("issued"),
        /** Counted in working days (the evaluation's timetable, or 10 working days after the panel). */
        TIMETABLE("timetable"),
        /** The agency's own date (a Section 11 return's due_on, when it is not the programme's). */
        AGENCY("agency's own");

        private final String words;

        DueFrom(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * One return expected from one agency.
     *
     * @param what {@code chronology}, {@code self-evaluation}, {@code close-the-loop <case>},
     *     {@code section 11}, {@code schools audit} or {@code single agency audit}
     * @param due null when there is no due date (the timetable could not be worked out, or the
     *     programme gives none)
     * @param dueFrom null exactly when due is
     * @param returnedOn null when not returned as at the day, or returned without a date
     * @param detail e.g. "2 of 2 cases graded"
     */
    public record Line(String agencyCode, String agencyName, String what, LocalDate due, DueFrom dueFrom,
            LocalDate returnedOn, State state, String detail) {
        public Line {
            Objects.requireNonNull(agencyCode, "agencyCode");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(state, "state");
            if ((due == null) != (dueFrom == null)) {
                throw new IllegalArgumentException("a due date has a source, and only a due date has one");
            }
        }

        /** Days late (returned or still out), 0 when on time or not yet due. */
        public long daysLate(LocalDate asAt) {
            if (due == null) {
                return 0;
            }
            LocalDate end = returnedOn != null ? returnedOn : asAt;
            return Math.max(0, ChronoUnit.DAYS.between(due, end));
        }
    }

    /**
     * Lines by agency code, then chronology, self-evaluation, close-the-loop forms by case.
     *
     * @param involved the agencies expected to return (graded on a case or holding chronology entries)
     * @param entries chronology entries per agency code on the evaluation's cases
     */
    public static List<Line> of(EvaluationData data, EvaluationTimetable timetable,
            EvaluationFindings findings,
            LocalDate asAt, List<Agency> involved, Map<String, Integer> entries) {
        List<Line> lines = new ArrayList<>();
        for (Agency agency : involved) {
            String code = agency.code();
            List<AgencyGrade> grades = data.grades().stream().filter(g -> g.agencyCode().equals(code)).toList();
            int count = entries.getOrDefault(code, 0);
            LocalDate chronologyOn = latest(grades.stream().map(AgencyGrade::chronologySubmittedOn).toList(), asAt);
            lines.add(line(agency, "chronology", timetable.chronologyDue(), chronologyOn,
                    count > 0 && undated(grades.stream().map(AgencyGrade::chronologySubmittedOn).toList()), asAt,
                    count + (count == 1 ? " entry" : " entries")));
            LocalDate evaluationOn = latest(grades.stream().map(AgencyGrade::evaluationSubmittedOn).toList(), asAt);
            boolean health = AgencyGrade.HEALTH_SECTOR.equals(agency.sector());
            lines.add(line(agency, "self-evaluation", health ? timetable.healthEvaluationDue()
                    : timetable.evaluationDue(), evaluationOn,
                    !grades.isEmpty() && undated(grades.stream().map(AgencyGrade::evaluationSubmittedOn).toList()),
                    asAt, grades.size()
                    + " of " + data.cases().size() + " cases graded"));
            lines.addAll(closeTheLoop(findings, List.of(agency), asAt));
        }
        return lines;
    }

    /** Each close-the-loop form due from the agencies given, by agency (in their order) then case. */
    public static List<Line> closeTheLoop(EvaluationFindings findings, List<Agency> agencies, LocalDate asAt) {
        List<Line> lines = new ArrayList<>();
        for (Agency agency : agencies) {
            for (CloseTheLoopItem item : findings.closeTheLoop().expected()) {
                if (!item.grade().agencyCode().equals(agency.code())) {
                    continue;
                }
                Optional<LocalDate> on = item.returned().map(CloseTheLoopReturn::returnedOn)
                        .filter(d -> !d.isAfter(asAt));
                LocalDate due = item.clock().map(c -> c.due()).orElse(null);
                lines.add(line(agency, "close-the-loop " + item.grade().caseRef(), due,
                        due == null ? null : DueFrom.TIMETABLE, on.orElse(null), on.isPresent(), asAt, ""));
            }
        }
        return lines;
    }

    /**
     * One audit return: {@code dates} are the submission dates its rows hold (null for none), and
     * {@code rows} how many rows it has; rows with no date at all are in, undated.
     */
    static Line audit(Agency agency, String what, LocalDate due, DueFrom from, List<LocalDate> dates, int rows,
            LocalDate asAt, String detail) {
        return line(agency, what, due, from, latest(dates, asAt), rows > 0 && undated(dates), asAt, detail);
    }

    /**
     * No submission date recorded at all: the rows alone say it came in, not when. A date after the
     * day means it came in later, so it is not in as at the day.
     */
    private static boolean undated(List<LocalDate> dates) {
        return dates.stream().allMatch(Objects::isNull);
    }

    /** The latest date on or before the day, null when none. */
    private static LocalDate latest(List<LocalDate> dates, LocalDate asAt) {
        return dates.stream().filter(Objects::nonNull).filter(d -> !d.isAfter(asAt)).max(LocalDate::compareTo)
                .orElse(null);
    }

    private static Line line(Agency g, String what, Optional<EvaluationTimetable.Due> due, LocalDate on,
            boolean returned, LocalDate asAt, String detail) {
        return line(g, what, due.map(EvaluationTimetable.Due::date).orElse(null), due.map(d -> d.source()
                == EvaluationTimetable.Source.ISSUED ? DueFrom.ISSUED : DueFrom.TIMETABLE).orElse(null), on, returned,
                asAt, detail);
    }

    /** @param returned in, though undated (only read when {@code on} is null) */
    private static Line line(Agency g, String what, LocalDate due, DueFrom from, LocalDate on, boolean returned,
            LocalDate asAt, String detail) {
        State state;
        if (on != null) {
            state = due == null ? State.RETURNED_NO_DUE : !on.isAfter(due) ? State.ON_TIME : State.LATE;
        } else if (returned) {
            state = State.RETURNED_UNDATED;
        } else if (due == null) {
            state = State.NO_DUE_DATE;
        } else {
            state = asAt.isAfter(due) ? State.OVERDUE : State.NOT_YET_DUE;
        }
        return new Line(g.code(), g.name(), what, due, from, on, state, detail);
    }
}
