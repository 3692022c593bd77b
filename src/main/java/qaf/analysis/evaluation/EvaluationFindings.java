package qaf.analysis.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import qaf.analysis.audit.ActionRecord;
import qaf.calendar.WorkingDays;

/**
 * Every figure an evaluation's documents show, worked out from its stored records as of a given
 * date. Lists are sorted: cases and matrix columns by case ref, agencies by agency code, flags by
 * kind then case then agency, actions by action ref.
 *
 * @param partnership the cases' partnership-effectiveness grades (cases without one are not counted;
 *     {@code partnershipNotGraded} says how many)
 */
public record EvaluationFindings(Evaluation evaluation, LocalDate asOf, EvaluationTimetable timetable,
        List<CaseOutcome> cases, GradeSummary overall, List<GradeGroup> byAgency, GradeMatrix matrix,
        List<RatingBias> overRaters, List<RatingBias> underRaters, GradeDistribution partnership,
        int partnershipNotGraded, VoiceCounts childVoice, List<Submission> submissions,
        List<AgencyTimeliness> timeliness, CloseTheLoopSummary closeTheLoop, List<ActionRecord> actions,
        List<Flag> flags) {

    public EvaluationFindings {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(asOf, "asOf");
        cases = List.copyOf(cases);
        byAgency = List.copyOf(byAgency);
        overRaters = List.copyOf(overRaters);
        underRaters = List.copyOf(underRaters);
        submissions = List.copyOf(submissions);
        timeliness = List.copyOf(timeliness);
        actions = List.copyOf(actions);
        flags = List.copyOf(flags);
    }

    public static EvaluationFindings of(EvaluationData data, WorkingDays wd, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Evaluation e = data.evaluation();
        List<EvaluationCase> sample = data.cases().stream().sorted(Comparator.comparing(EvaluationCase::caseRef))
                .toList();
        Set<String> refs = sample.stream().map(EvaluationCase::caseRef).collect(Collectors.toSet());
        List<AgencyGrade> grades = data.grades().stream()
                .sorted(Comparator.comparing(AgencyGrade::caseRef).thenComparing(AgencyGrade::agencyCode)).toList();
        List<AgencyGrade> inSample = grades.stream().filter(g -> refs.contains(g.caseRef())).toList();

        List<CaseOutcome> outcomes = new ArrayList<>();
        for (EvaluationCase c : sample) {
            List<AgencyGrade> own = inSample.stream().filter(g -> g.caseRef().equals(c.caseRef())).toList();
            outcomes.add(new CaseOutcome(c, c.ageBand(e.panelOn()), own,
                    GradeDistribution.of(own.stream().map(AgencyGrade::finalGrade).toList())));
        }
        EvaluationTimetable timetable = EvaluationTimetable.of(e, wd);
        List<Submission> submissions = Timeliness.submissions(timetable, inSample, asOf, wd);
        CloseTheLoopSummary ctl = Timeliness.closeTheLoop(e, inSample, data.returns(), asOf, wd);
        List<Grade> partnershipGrades = sample.stream().map(EvaluationCase::partnershipGrade)
                .filter(Objects::nonNull).toList();
        return new EvaluationFindings(e, asOf, timetable, outcomes, GradeSummary.of(inSample),
                GradeAnalysis.byAgency(inSample), GradeMatrix.of(sample, inSample),
                GradeAnalysis.overRaters(inSample), GradeAnalysis.underRaters(inSample),
                GradeDistribution.of(partnershipGrades), sample.size() - partnershipGrades.size(),
                VoiceCounts.of(sample), submissions, Timeliness.byAgency(submissions), ctl,
                data.actions().stream().sorted(Comparator.comparing(ActionRecord::actionRef)).toList(),
                flags(e, timetable, outcomes, grades, refs, ctl));
    }

    /** Findings for the agency-feedback document: that agency's rows only. */
    public List<AgencyGrade> gradesOf(String agencyCode) {
        return cases.stream().flatMap(c -> c.grades().stream()).filter(g -> g.agencyCode().equals(agencyCode))
                .toList();
    }

    private static List<Flag> flags(Evaluation e, EvaluationTimetable timetable, List<CaseOutcome> outcomes,
            List<AgencyGrade> grades, Set<String> refs, CloseTheLoopSummary ctl) {
        List<Flag> flags = new ArrayList<>();
        String ref = e.ref();
        if (outcomes.isEmpty()) {
            flags.add(new Flag(Flag.Kind.NO_CASES, ref, null, null,
                    "Evaluation " + ref + " has no cases in its sample."));
        }
        for (CaseOutcome c : outcomes) {
            if (c.noAgencyGraded()) {
                String caseRef = c.evaluationCase().caseRef();
                flags.add(new Flag(Flag.Kind.CASE_NOT_GRADED, ref, caseRef, null,
                        "No agency has graded its involvement in case " + caseRef + "."));
            }
        }
        for (AgencyGrade g : grades) {
            if (!refs.contains(g.caseRef())) {
                flags.add(new Flag(Flag.Kind.CASE_NOT_IN_SAMPLE, ref, g.caseRef(), g.agencyCode(), g.agencyName()
                        + " graded case " + g.caseRef() + ", which is not in the evaluation's sample; the grade is"
                        + " left out of the figures."));
                continue;
            }
            if (g.rationaleMissing()) {
                flags.add(new Flag(Flag.Kind.REGRADE_WITHOUT_RATIONALE, ref, g.caseRef(), g.agencyCode(), "The panel"
                        + " regraded " + g.agencyName() + " on case " + g.caseRef() + " from "
                        + g.selfGrade().label().toLowerCase(Locale.UK) + " to "
                        + g.finalGrade().label().toLowerCase(Locale.UK) + " but recorded no rationale."));
            }
            if (g.noChronology()) {
                flags.add(new Flag(Flag.Kind.NO_CHRONOLOGY, ref, g.caseRef(), g.agencyCode(), g.agencyName()
                        + " graded its involvement in case " + g.caseRef() + " but sent no chronology entries."));
            }
        }
        for (CloseTheLoopReturn r : ctl.unexpected()) {
            flags.add(new Flag(Flag.Kind.UNEXPECTED_CLOSE_THE_LOOP, ref, r.caseRef(), r.agencyCode(),
                    "A close-the-loop form was returned by " + r.agencyCode() + " for case " + r.caseRef()
                            + " although its final grade did not call for one."));
        }
        if (timetable.adjusted()) {
            flags.add(new Flag(Flag.Kind.TIMETABLE, ref, null, null, timetable.note()));
        }
        flags.sort(Comparator.comparing(Flag::kind)
                .thenComparing(f -> f.caseRef() == null ? "" : f.caseRef())
                .thenComparing(f -> f.agencyCode() == null ? "" : f.agencyCode()));
        return flags;
    }
}
