package qaf.calendar;

import static qaf.calendar.TimetableAppendices.AUDIT_SUBGROUP;
import static qaf.calendar.TimetableAppendices.BUSINESS_MANAGER;
import static qaf.calendar.TimetableAppendices.PERFORMANCE_ANALYST;
import static qaf.calendar.TimetableAppendices.QA_SERVICE_MANAGER;

import qaf.codes.Coded;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import qaf.calendar.TimetableAppendices.Planned;
import qaf.terms.Terms;

/**
 * An evaluation's dated timetable: appendix B (full, 7 weeks) or appendix D (condensed, 2 weeks)
 * of the framework, laid out in working days from week 1 day 1.
 *
 * <p>Reading of the appendices (choices where they are silent or ambiguous):
 * <ul>
 * <li>Day n is the start plus n-1 working days; week w holds days 5w-4..5w ("Week 5-6 (Days
 *     21-30)", "week 7, day 31").
 * <li>Full: the week-3 deadlines and the panel day come from the framework's own dated schedule
 *     for the evaluation starting Monday 5 November 2018: chronologies Monday 19 November (day
 *     11), case evaluations Wednesday 21 November (day 13), health a day later (day 14), panel
 *     Wednesday 28 November (day 18), overview report the next day (day 19), independent overview
 *     days 21-30 and week 7 from day 31.
 * <li>Full, week 1: the appendix lists five actions and says the final cases go out "by the end of
 *     day 4"; they are taken as one per day, days 1-5. Week 2's audits run to its last day (10).
 *     The week-3 actions between the fixed deadlines are placed in the appendix's order: health
 *     lead's QA and sign-off day 12, chronologies to the QA Service Manager day 13, to panel
 *     members day 14, documents saved day 15.
 * <li>Everything from the panel's preparation onwards is anchored on the panel day, so a given
 *     panel day later than the derived one moves the rest with it (as the framework's 7 May 2018
 *     schedule did when its panel slipped); steps before it stay anchored on the start. The Audit
 *     and Scrutiny subgroup meeting ("week 7") is dated at the end of week 7.
 * <li>Condensed: appendix D numbers every day; panel day 9, the days before it anchored on it.
 * <li>The close-the-loop deadline (section 5: 10 working days after the panel day) is added as a
 *     step, for the agencies graded requires improvement or inadequate (DATA-FORMAT.md).
 * </ul>
 * Steps are in date order, ties in the appendix's order. The appendices' steps themselves, before
 * dating, are {@link TimetableAppendices}.
 */
public record Timetable(Kind kind, LocalDate start, LocalDate panelDay, List<Step> steps) {

    public enum Kind implements Coded {
        FULL("full", 7, 18, "Full multi-agency case evaluation (appendix B)"),
        CONDENSED("condensed", 2, 9, "Condensed case evaluation (appendix D)");

        private final String id;
        private final int weeks;
        private final int panelDay;
        private final String title;

        Kind(String id, int weeks, int panelDay, String title) {
            this.id = id;
            this.weeks = weeks;
            this.panelDay = panelDay;
            this.title = title;
        }

        /** The dataset's {@code kind} value. */
        public String id() {
            return id;
        }

        /** Length of the process in weeks as the framework states it (7 or 2). */
        public int weeks() {
            return weeks;
        }

        /** Working day (1-based from the start) of the panel when none is given. */
        public int defaultPanelDay() {
            return panelDay;
        }

        public String title() {
            return title;
        }

        /** The kind in a table: its title. */
        @Override
        public String label() {
            return title;
        }

        /** The constant of a dataset word, ignoring case and surrounding space. */
        public static Kind fromId(String text) {
            return Coded.parse(Kind.class, text, "evaluation kind");
        }
    }

    /**
     * The deadlines other parts of qaf measure against. The independent overview is appendix B's only
     * (a condensed evaluation has none).
     */
    public enum Milestone { CHRONOLOGY_DUE, EVALUATION_DUE, HEALTH_EVALUATION_DUE, PANEL_DAY, CLOSE_THE_LOOP_DUE,
        INDEPENDENT_OVERVIEW_DUE }

    /**
     * One dated action. {@code due} is the day it happens or must be done by; {@code day} is its
     * working-day number (1 = the start); {@code milestones} says which deadlines it carries.
     */
    public record Step(String what, String responsible, LocalDate due, int day, Set<Milestone> milestones) {
        public Step {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(responsible, "responsible");
            Objects.requireNonNull(due, "due");
            milestones = Set.copyOf(milestones);
            if (day < 1) {
                throw new IllegalArgumentException("day is 1-based, got " + day);
            }
        }

        /** Working days after the start (day 1 is offset 0). */
        public int offset() {
            return day - 1;
        }

        /** The appendix's week number: days 1-5 are week 1. */
        public int week() {
            return (day - 1) / 5 + 1;
        }
    }

    public Timetable {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(panelDay, "panelDay");
        steps = List.copyOf(steps);
        for (Milestone m : Milestone.values()) {
            long carriers = steps.stream().filter(s -> s.milestones().contains(m)).count();
            boolean optional = m == Milestone.INDEPENDENT_OVERVIEW_DUE && kind == Kind.CONDENSED;
            if (carriers != 1 && !(optional && carriers == 0)) {
                throw new IllegalArgumentException("timetable needs exactly one step marked " + m + ", has "
                        + carriers);
            }
        }
    }

    /**
     * Lays out the timetable. {@code start} is week 1 day 1 and must be a working day;
     * {@code panelOrNull} is the panel day, or null for the appendix's own (full: day 18,
     * condensed: day 9). A given panel day must be a working day after the last step that
     * precedes the panel's preparation (full: day 15; condensed: day 6).
     *
     * @throws IllegalArgumentException with a message that says the fix
     */
    public static Timetable of(Kind kind, LocalDate start, LocalDate panelOrNull, WorkingDays wd) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(wd, "wd");
        if (!wd.isWorkingDay(start)) {
            throw new IllegalArgumentException("the start (week 1 day 1) " + describe(start, wd)
                    + "; start on a working day, e.g. " + wd.onOrAfter(start));
        }
        List<Planned> plan = kind == Kind.FULL ? TimetableAppendices.full() : TimetableAppendices.condensed();
        int lastBeforePanel = plan.stream().filter(p -> !p.fromPanel()).mapToInt(Planned::shift).max().orElseThrow();
        LocalDate lastBefore = wd.add(start, lastBeforePanel - 1);
        LocalDate panel = panelOrNull == null ? wd.add(start, kind.defaultPanelDay() - 1) : panelOrNull;
        if (panelOrNull != null) {
            if (!wd.isWorkingDay(panel)) {
                throw new IllegalArgumentException("the panel day " + describe(panel, wd)
                        + "; hold the panel on a working day");
            }
            if (!panel.isAfter(lastBefore)) {
                throw new IllegalArgumentException("the panel day " + panel + " is too early: hold it after working"
                        + " day " + lastBeforePanel + " (" + lastBefore + "), when the submissions are in; the "
                        + kind.id() + " timetable's own panel day is " + wd.add(start, kind.defaultPanelDay() - 1));
            }
        }
        List<Step> steps = new ArrayList<>();
        for (Planned p : plan) {
            LocalDate due;
            if (!p.fromPanel()) {
                due = wd.add(start, p.shift() - 1);
            } else if (p.shift() >= 0) {
                due = wd.add(panel, p.shift());
            } else {
                due = wd.subtract(panel, -p.shift());
            }
            steps.add(new Step(p.what(), p.responsible(), due, wd.count(start, due) + 1, p.milestones()));
        }
        // Stable: ties keep the appendix's order.
        steps.sort(Comparator.comparing(Step::due));
        return new Timetable(kind, start, panel, steps);
    }

    /** The step carrying {@code milestone}, if this kind of timetable has it. */
    public java.util.Optional<Step> find(Milestone milestone) {
        return steps.stream().filter(s -> s.milestones().contains(milestone)).findFirst();
    }

    /**
     * This timetable with its steps' bodies and roles in the partnership's words (terms.csv): the
     * business manager, QA service manager, performance analyst and audit subgroup. Dates are unchanged;
     * a term the partnership did not give keeps appendix B's wording.
     */
    public Timetable worded(Terms terms) {
        Map<String, String> words = new LinkedHashMap<>();
        words.put(BUSINESS_MANAGER, Terms.capitalised(terms.word("business-manager", BUSINESS_MANAGER)));
        words.put(QA_SERVICE_MANAGER, Terms.capitalised(terms.word("qa-service-manager", QA_SERVICE_MANAGER)));
        words.put(PERFORMANCE_ANALYST, Terms.capitalised(terms.word("performance-analyst", PERFORMANCE_ANALYST)));
        words.put(AUDIT_SUBGROUP, terms.word("audit-subgroup", AUDIT_SUBGROUP));
        List<Step> worded = steps.stream().map(s -> new Step(TimetableAppendices.reword(s.what(), words),
                TimetableAppendices.reword(s.responsible(), words), s.due(), s.day(), s.milestones())).toList();
        return new Timetable(kind, start, panelDay, worded);
    }

    /** The step carrying {@code milestone} (each is carried by exactly one, but see {@link Milestone}). */
    public Step step(Milestone milestone) {
        return steps.stream().filter(s -> s.milestones().contains(milestone)).findFirst().orElseThrow();
    }

    /** Chronologies due (start of the {@link ClockRule#CHRONOLOGY_SUBMISSION} clock). */
    public LocalDate chronologyDue() {
        return step(Milestone.CHRONOLOGY_DUE).due();
    }

    /** Self-evaluations due from agencies other than health ({@link ClockRule#EVALUATION_SUBMISSION}). */
    public LocalDate evaluationDue() {
        return step(Milestone.EVALUATION_DUE).due();
    }

    /**
     * Health's collated self-evaluations due: a day after the others in the full timetable (the
     * framework's "24 May for Health"), the same day in the condensed one.
     */
    public LocalDate healthEvaluationDue() {
        return step(Milestone.HEALTH_EVALUATION_DUE).due();
    }

    /** Close-the-loop forms due, 10 working days after the panel day. */
    public LocalDate closeTheLoopDue() {
        return step(Milestone.CLOSE_THE_LOOP_DUE).due();
    }

    private static String describe(LocalDate date, WorkingDays wd) {
        return date + wd.holidays().name(date).map(n -> " is a bank holiday (" + n + ") in " + wd.nation().id())
                .orElse(" is a " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK));
    }
}
