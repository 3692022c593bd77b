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
 * Which agency has returned what for an evaluation, against which due date, as at a day: per agency
 * its chronology and its self-evaluation (all its cases together), and each close-the-loop form due
 * from it. A return dated after the day is not yet returned as at the day.
 */
public final class ReturnsStatus {
    private ReturnsStatus() {
    }

    /** How a return stands as at the day. */
    public enum State {
        ON_TIME("returned on time"), LATE("returned late"), RETURNED_UNDATED("returned, date not recorded"),
        OVERDUE("overdue"), NOT_YET_DUE("not yet due"), NO_DUE_DATE("not returned (no due date: timetable unknown)");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One return expected from one agency.
     *
     * @param what {@code chronology}, {@code self-evaluation} or {@code close-the-loop <case>}
     * @param due null when the timetable could not be worked out
     * @param returnedOn null when not returned as at the day, or returned without a date
     * @param detail e.g. "2 of 2 cases graded"
     */
    public record Line(String agencyCode, String agencyName, String what, LocalDate due, LocalDate returnedOn,
            State state, String detail) {
        public Line {
            Objects.requireNonNull(agencyCode, "agencyCode");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(state, "state");
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
            lines.add(line(agency, "chronology", timetable.chronologyDue().map(d -> d.date()).orElse(null), chronologyOn,
                    count > 0 && undated(grades.stream().map(AgencyGrade::chronologySubmittedOn).toList()), asAt,
                    count + (count == 1 ? " entry" : " entries")));
            LocalDate evaluationOn = latest(grades.stream().map(AgencyGrade::evaluationSubmittedOn).toList(), asAt);
            boolean health = AgencyGrade.HEALTH_SECTOR.equals(agency.sector());
            LocalDate due = (health ? timetable.healthEvaluationDue() : timetable.evaluationDue()).map(d -> d.date())
                    .orElse(null);
            lines.add(line(agency, "self-evaluation", due, evaluationOn,
                    !grades.isEmpty() && undated(grades.stream().map(AgencyGrade::evaluationSubmittedOn).toList()),
                    asAt, grades.size()
                    + " of " + data.cases().size() + " cases graded"));
            for (CloseTheLoopItem item : findings.closeTheLoop().expected()) {
                if (!item.grade().agencyCode().equals(code)) {
                    continue;
                }
                Optional<LocalDate> on = item.returned().map(CloseTheLoopReturn::returnedOn)
                        .filter(d -> !d.isAfter(asAt));
                LocalDate ctlDue = item.clock().map(c -> c.due()).orElse(null);
                lines.add(line(agency, "close-the-loop " + item.grade().caseRef(), ctlDue, on.orElse(null),
                        on.isPresent(), asAt, ""));
            }
        }
        return lines;
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

    /** @param returned in, though undated (only read when {@code on} is null) */
    private static Line line(Agency g, String what, LocalDate due, LocalDate on, boolean returned, LocalDate asAt,
            String detail) {
        State state;
        if (on != null) {
            state = due == null || !on.isAfter(due) ? State.ON_TIME : State.LATE;
        } else if (returned) {
            state = State.RETURNED_UNDATED;
        } else if (due == null) {
            state = State.NO_DUE_DATE;
        } else {
            state = asAt.isAfter(due) ? State.OVERDUE : State.NOT_YET_DUE;
        }
        return new Line(g.code(), g.name(), what, due, on, state, detail);
    }
}
