package qaf.analysis.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import qaf.calendar.ClockResult;
import qaf.calendar.ClockRule;
import qaf.calendar.Timetable;
import qaf.calendar.WorkingDays;

/**
 * Submissions and close-the-loop returns measured against an evaluation's timetable. Every
 * deadline comes from {@link Timetable} or {@link ClockRule}; the as-of date is always given.
 */
public final class Timeliness {
    private Timeliness() {
    }

    /**
     * Each grading's chronology and self-evaluation, by case ref, agency code, then chronology
     * before self-evaluation, each against the date the partnership issued, else the timetable's
     * ({@link EvaluationTimetable#chronologyDue()} and its siblings; health agencies' self-evaluations
     * have their own date). Empty when a due date is not known.
     */
    public static List<Submission> submissions(EvaluationTimetable timetable, Collection<AgencyGrade> grades,
            LocalDate asOf, WorkingDays wd) {
        Objects.requireNonNull(asOf, "asOf");
        Optional<EvaluationTimetable.Due> chronologies = timetable.chronologyDue();
        Optional<EvaluationTimetable.Due> evaluations = timetable.evaluationDue();
        Optional<EvaluationTimetable.Due> health = timetable.healthEvaluationDue();
        if (chronologies.isEmpty() || evaluations.isEmpty() || health.isEmpty()) {
            return List.of();
        }
        List<Submission> result = new ArrayList<>();
        for (AgencyGrade g : sorted(grades)) {
            result.add(submission(g, Submission.Document.CHRONOLOGY, ClockRule.CHRONOLOGY_SUBMISSION,
                    chronologies.get().date(), g.chronologySubmittedOn(), asOf, wd));
            LocalDate evaluationDue = (g.isHealth() ? health : evaluations).get().date();
            result.add(submission(g, Submission.Document.SELF_EVALUATION, ClockRule.EVALUATION_SUBMISSION,
                    evaluationDue, g.evaluationSubmittedOn(), asOf, wd));
        }
        return result;
    }

    /** Per agency, by agency code. */
    public static List<AgencyTimeliness> byAgency(Collection<Submission> submissions) {
        Map<String, List<Submission>> groups = new TreeMap<>();
        for (Submission s : submissions) {
            groups.computeIfAbsent(s.agencyCode(), k -> new ArrayList<>()).add(s);
        }
        List<AgencyTimeliness> result = new ArrayList<>();
        groups.forEach((code, list) -> result.add(new AgencyTimeliness(code, list.get(0).agencyName(),
                SubmissionTally.of(list.stream().filter(s -> s.document() == Submission.Document.CHRONOLOGY).toList()),
                SubmissionTally.of(list.stream().filter(s -> s.document() == Submission.Document.SELF_EVALUATION)
                        .toList()))));
        return result;
    }

    /**
     * A form is expected for every grading whose final grade is requires improvement or inadequate,
     * due 10 working days after the panel day ({@link ClockRule#CLOSE_THE_LOOP}); a return is
     * matched on case and agency. Returns for other gradings are listed as unexpected.
     */
    public static CloseTheLoopSummary closeTheLoop(Evaluation evaluation, Collection<AgencyGrade> grades,
            Collection<CloseTheLoopReturn> returns, LocalDate asOf, WorkingDays wd) {
        Objects.requireNonNull(asOf, "asOf");
        List<CloseTheLoopItem> expected = new ArrayList<>();
        List<String> expectedKeys = new ArrayList<>();
        for (AgencyGrade g : sorted(grades)) {
            if (!g.finalGrade().needsCloseTheLoop()) {
                continue;
            }
            Optional<CloseTheLoopReturn> returned = returns.stream()
                    .filter(r -> r.caseRef().equals(g.caseRef()) && r.agencyCode().equals(g.agencyCode()))
                    .findFirst();
            LocalDate done = returned.map(CloseTheLoopReturn::returnedOn).orElse(null);
            Optional<ClockResult> clock = measurable(wd, evaluation.panelOn(), done, asOf)
                    ? Optional.of(ClockResult.evaluate(ClockRule.CLOSE_THE_LOOP, evaluation.panelOn(), done, asOf, wd))
                    : Optional.empty();
            expected.add(new CloseTheLoopItem(g, returned, clock));
            expectedKeys.add(key(g.caseRef(), g.agencyCode()));
        }
        List<CloseTheLoopReturn> unexpected = returns.stream()
                .filter(r -> !expectedKeys.contains(key(r.caseRef(), r.agencyCode())))
                .sorted(Comparator.comparing(CloseTheLoopReturn::caseRef).thenComparing(CloseTheLoopReturn::agencyCode))
                .toList();
        return new CloseTheLoopSummary(expected, unexpected);
    }

    private static Submission submission(AgencyGrade g, Submission.Document document, ClockRule rule, LocalDate due,
            LocalDate done, LocalDate asOf, WorkingDays wd) {
        if (!measurable(wd, due, done, asOf)) {
            return new Submission(g.caseRef(), g.agencyCode(), g.agencyName(), document, due, done,
                    Submission.Status.UNASSESSED, Optional.empty());
        }
        ClockResult clock = ClockResult.evaluate(rule, due, done, asOf, wd);
        Submission.Status status = switch (clock.status()) {
            case ON_TIME -> Submission.Status.ON_TIME;
            case LATE -> Submission.Status.LATE;
            case OVERDUE -> Submission.Status.MISSING;
            case NOT_YET_DUE -> Submission.Status.NOT_YET_DUE;
        };
        return new Submission(g.caseRef(), g.agencyCode(), g.agencyName(), document, clock.due(), done, status,
                Optional.of(clock));
    }

    /**
     * Working days can be counted only within the bank-holiday data; a date outside it (a typing
     * slip such as 2081) leaves the item unassessed instead of failing the build.
     */
    private static boolean measurable(WorkingDays wd, LocalDate start, LocalDate done, LocalDate asOf) {
        LocalDate end = done != null ? done : asOf;
        // Close-the-loop due is 10 working days on: two calendar weeks plus holidays stay well inside 31 days.
        return wd.holidays().covers(start) && wd.holidays().covers(start.plusDays(31)) && wd.holidays().covers(end)
                && wd.holidays().covers(end.plusDays(14));
    }

    private static List<AgencyGrade> sorted(Collection<AgencyGrade> grades) {
        return grades.stream().sorted(Comparator.comparing(AgencyGrade::caseRef)
                .thenComparing(AgencyGrade::agencyCode)).toList();
    }

    private static String key(String caseRef, String agencyCode) {
        return caseRef + "\u0000" + agencyCode;
    }
}
