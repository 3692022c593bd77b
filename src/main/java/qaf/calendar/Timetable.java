package qaf.calendar;

import qaf.codes.Coded;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * Steps are in date order, ties in the appendix's order.
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
        List<Planned> plan = kind == Kind.FULL ? full() : condensed();
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
        List<Step> worded = steps.stream().map(s -> new Step(reword(s.what(), words),
                reword(s.responsible(), words), s.due(), s.day(), s.milestones())).toList();
        return new Timetable(kind, start, panelDay, worded);
    }

    private static String reword(String text, Map<String, String> words) {
        String out = text;
        for (Map.Entry<String, String> w : words.entrySet()) {
            out = out.replace(w.getKey(), w.getValue());
        }
        return out;
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

    /** A step before dating: {@code shift} is the working day (1-based) or, from the panel, its offset. */
    private record Planned(String what, String responsible, boolean fromPanel, int shift, Set<Milestone> milestones) {
    }

    private static Planned day(int day, String what, String responsible, Milestone... milestones) {
        return new Planned(what, responsible, false, day, marks(milestones));
    }

    private static Planned panel(int offset, String what, String responsible, Milestone... milestones) {
        return new Planned(what, responsible, true, offset, marks(milestones));
    }

    private static Set<Milestone> marks(Milestone... milestones) {
        return milestones.length == 0 ? Set.of() : EnumSet.of(milestones[0], milestones);
    }

    // Appendix B's words for the roles and the subgroup: worded(Terms) puts the partnership's in their place.
    private static final String BUSINESS_MANAGER = "LSCB Business Manager";
    private static final String QA_SERVICE_MANAGER = "QA Service Manager";
    private static final String PERFORMANCE_ANALYST = "LSCB Performance Analyst";
    private static final String AUDIT_SUBGROUP = "Audit and Scrutiny subgroup";
    private static final String BM = BUSINESS_MANAGER;
    private static final String BM_QA = BUSINESS_MANAGER + ", " + QA_SERVICE_MANAGER;
    private static final String ALL = "All agencies";
    private static final String HEALTH_LEAD = "Designated Nurse (CCG)";
    private static final String DIRECTOR = "Director of Early Help and Children's Social Care";
    private static final String CLOSE_THE_LOOP = "Close-the-loop forms returned (10 working days after the panel)";
    private static final String GRADED_LOW = "Agencies graded requires improvement or inadequate";

    private static List<Planned> full() {
        return List.of(
                day(1, "Theme set; wide cohort identified (cases open in the last 6 months)", "LSCB Performance Analyst"),
                day(2, "20 cases from the wide cohort shared with agencies", BM_QA + " (with LSCB Performance Analyst)"),
                day(3, "Agencies feed back on their involvement with each family", ALL),
                day(4, "5-7 final cases, documents and guidance sent to agencies", BM_QA),
                day(5, "Single agency audits begin with the case evaluation tools", ALL),
                day(10, "Single agency audits and chronologies done (week 2)", ALL),
                day(11, "Chronologies submitted; multi-agency chronology compiled", ALL + "; " + BM
                        + " with LSCB Performance Analyst", Milestone.CHRONOLOGY_DUE),
                day(12, "Health partners' audits with the health lead for QA", HEALTH_LEAD),
                day(12, "Single agency sign-off of audits and grades", ALL),
                day(13, "Self-evaluations and supporting documents submitted (not health)",
                        "All agencies excluding health", Milestone.EVALUATION_DUE),
                day(13, "Multi-agency chronologies to the QA Service Manager", BM_QA),
                day(14, "Multi-agency chronologies to all panel members", ALL),
                day(14, "Health self-evaluations submitted", HEALTH_LEAD, Milestone.HEALTH_EVALUATION_DUE),
                day(15, "Documents saved; audit outcome tracker and score summaries", BM + "; LSCB Performance Analyst"),
                panel(-2, "Case stories presented to the Panel Chair", "QA Service Manager; " + DIRECTOR),
                panel(-1, "Panel Chair prepares for the panel", DIRECTOR),
                panel(0, "Multi-agency case panel day", ALL + "; QA Service Manager; " + BM, Milestone.PANEL_DAY),
                panel(1, "Overview of strengths and weaknesses and action plan written",
                        BM_QA + "; Assistant Director Safeguarding and Partnerships"),
                panel(2, "Case action plans, panel notes and overview shared (evaluation complete)", BM),
                panel(10, CLOSE_THE_LOOP, GRADED_LOW, Milestone.CLOSE_THE_LOOP_DUE),
                panel(12, "Independent overview of the cases completed (weeks 5-6)",
                        "Independent reviewer (not named in appendix B)", Milestone.INDEPENDENT_OVERVIEW_DUE),
                panel(13, "Independent overview shared; agencies' action updates due", BM),
                panel(13, "Seven-minute briefings (week 7 onwards)", "Not named in appendix B"),
                panel(17, "Audit and Scrutiny subgroup reviews progress and close-the-loop returns",
                        "Chair of the Audit and Scrutiny subgroup"));
    }

    private static List<Planned> condensed() {
        return List.of(
                day(1, "20 cases selected on the subgroup's criteria and sent to agencies", BM_QA),
                day(2, "Agencies feed back on their involvement with the cases", ALL),
                day(3, "5 final cases, documents and guidance sent to agencies", BM_QA),
                day(5, "Single agency evaluations, brief chronologies and documents prepared (days 4-5)", ALL),
                day(6, "Self-evaluations, chronologies and documents submitted", ALL, Milestone.CHRONOLOGY_DUE,
                        Milestone.EVALUATION_DUE, Milestone.HEALTH_EVALUATION_DUE),
                panel(-2, "Case information collated and sent to agencies for the panel", BM),
                panel(-1, "QA Service Manager briefs the Panel Chair", "QA Service Manager; Chair of Panel"),
                panel(0, "Multi-agency panel session", ALL, Milestone.PANEL_DAY),
                panel(1, "Brief overview report written", "TBC (appendix D)"),
                panel(10, CLOSE_THE_LOOP, GRADED_LOW, Milestone.CLOSE_THE_LOOP_DUE));
    }
}
