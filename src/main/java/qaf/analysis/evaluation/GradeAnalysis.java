package qaf.analysis.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import qaf.calendar.ReportingYear;

/** Grade figures grouped by agency, evaluation, theme and reporting year, and self-rating bias. */
public final class GradeAnalysis {
    private GradeAnalysis() {
    }

    /** One group per agency graded, by agency code; labelled with the agency's name. */
    public static List<GradeGroup> byAgency(Collection<AgencyGrade> grades) {
        Map<String, List<AgencyGrade>> groups = group(grades, AgencyGrade::agencyCode);
        List<GradeGroup> result = new ArrayList<>();
        groups.forEach((code, list) -> result.add(new GradeGroup(code, list.get(0).agencyName(),
                GradeSummary.of(list))));
        return result;
    }

    /** One group per evaluation (even one with no grades), by panel day then ref; labelled with its theme. */
    public static List<GradeGroup> byEvaluation(Collection<EvaluationData> evaluations) {
        return sortedByPanel(evaluations).stream()
                .map(d -> new GradeGroup(d.evaluation().ref(), d.evaluation().theme(), GradeSummary.of(d.grades())))
                .toList();
    }

    /**
     * One group per theme, by the theme folded to lower case (the key); themes that differ only in
     * case or surrounding space are one theme. Labelled with the theme as the earliest evaluation
     * (by panel day, then ref) wrote it.
     */
    public static List<GradeGroup> byTheme(Collection<EvaluationData> evaluations) {
        Map<String, List<EvaluationData>> groups = new TreeMap<>();
        for (EvaluationData d : sortedByPanel(evaluations)) {
            groups.computeIfAbsent(themeKey(d.evaluation().theme()), k -> new ArrayList<>()).add(d);
        }
        List<GradeGroup> result = new ArrayList<>();
        groups.forEach((key, list) -> result.add(new GradeGroup(key, list.get(0).evaluation().theme().strip(),
                GradeSummary.of(list.stream().flatMap(d -> d.grades().stream()).toList()))));
        return result;
    }

    /** One group per reporting year holding a panel day, in year order; key and label are the year's label. */
    public static List<GradeGroup> byYear(Collection<EvaluationData> evaluations, int yearStartMonth) {
        Map<ReportingYear, List<AgencyGrade>> groups = new TreeMap<>();
        for (EvaluationData d : evaluations) {
            groups.computeIfAbsent(ReportingYear.containing(d.evaluation().panelOn(), yearStartMonth),
                    k -> new ArrayList<>()).addAll(d.grades());
        }
        List<GradeGroup> result = new ArrayList<>();
        groups.forEach((year, list) -> result.add(new GradeGroup(year.label(), year.label(), GradeSummary.of(list))));
        return result;
    }

    /**
     * Agencies whose self-grade was better than the final grade at least once, most over-rated
     * first: by cases over-rated, then steps, then agency code.
     */
    public static List<RatingBias> overRaters(Collection<AgencyGrade> grades) {
        return bias(grades, -1);
    }

    /** The mirror of {@link #overRaters}: self-grade worse than the final grade. */
    public static List<RatingBias> underRaters(Collection<AgencyGrade> grades) {
        return bias(grades, 1);
    }

    /** {@code agencyCode}'s gradings against all the others in {@code grades}; shares are empty where none. */
    public static AgencyPosition position(Collection<AgencyGrade> grades, String agencyCode) {
        GradeSummary own = GradeSummary.of(grades.stream().filter(g -> g.agencyCode().equals(agencyCode)).toList());
        GradeSummary others = GradeSummary.of(grades.stream().filter(g -> !g.agencyCode().equals(agencyCode)).toList());
        return new AgencyPosition(agencyCode, own.finalGoodOrBetter(), others.finalGoodOrBetter(),
                own.regrading().regraded(), others.regrading().regraded());
    }

    /** Themes compare by this: trimmed, lower case. */
    static String themeKey(String theme) {
        return theme.strip().toLowerCase(Locale.UK);
    }

    static List<EvaluationData> sortedByPanel(Collection<EvaluationData> evaluations) {
        return evaluations.stream().sorted(Comparator.comparing((EvaluationData d) -> d.evaluation().panelOn())
                .thenComparing(d -> d.evaluation().ref())).toList();
    }

    /** {@code direction} -1: the panel moved the grade down (over-rated); +1: up (under-rated). */
    private static List<RatingBias> bias(Collection<AgencyGrade> grades, int direction) {
        List<RatingBias> result = new ArrayList<>();
        group(grades, AgencyGrade::agencyCode).forEach((code, list) -> {
            int cases = 0;
            int steps = 0;
            for (AgencyGrade g : list) {
                int moved = g.stepsUp() * direction;
                if (moved > 0) {
                    cases++;
                    steps += moved;
                }
            }
            if (cases > 0) {
                result.add(new RatingBias(code, list.get(0).agencyName(), list.size(), cases, steps));
            }
        });
        result.sort(Comparator.comparingInt(RatingBias::cases).reversed()
                .thenComparing(Comparator.comparingInt(RatingBias::steps).reversed())
                .thenComparing(RatingBias::agencyCode));
        return result;
    }

    private static <K extends Comparable<K>> Map<K, List<AgencyGrade>> group(Collection<AgencyGrade> grades,
            Function<AgencyGrade, K> key) {
        Map<K, List<AgencyGrade>> groups = new TreeMap<>();
        for (AgencyGrade g : grades) {
            groups.computeIfAbsent(key.apply(g), k -> new ArrayList<>()).add(g);
        }
        return groups;
    }
}
