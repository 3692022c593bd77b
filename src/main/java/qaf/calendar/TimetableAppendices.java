package qaf.calendar;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import qaf.calendar.Timetable.Milestone;

/**
 * The framework's timetables before dating: appendix B (full) and appendix D (condensed) as steps
 * on a working day from the start or an offset from the panel day, in the appendix's order and
 * words. {@link Timetable#of} dates them; {@link Timetable#worded} puts the partnership's words for
 * the roles below in place of appendix B's. Mostly data: the reading of the appendices is in
 * {@link Timetable}'s Javadoc.
 */
final class TimetableAppendices {
    private TimetableAppendices() {
    }

    /** A step before dating: {@code shift} is the working day (1-based) or, from the panel, its offset. */
    record Planned(String what, String responsible, boolean fromPanel, int shift, Set<Milestone> milestones) {
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
    static final String BUSINESS_MANAGER = "LSCB Business Manager";
    static final String QA_SERVICE_MANAGER = "QA Service Manager";
    static final String PERFORMANCE_ANALYST = "LSCB Performance Analyst";
    static final String AUDIT_SUBGROUP = "Audit and Scrutiny subgroup";
    private static final String BM = BUSINESS_MANAGER;
    private static final String BM_QA = BUSINESS_MANAGER + ", " + QA_SERVICE_MANAGER;
    private static final String ALL = "All agencies";
    private static final String HEALTH_LEAD = "Designated Nurse (CCG)";
    private static final String DIRECTOR = "Director of Early Help and Children's Social Care";
    private static final String CLOSE_THE_LOOP = "Close-the-loop forms returned (10 working days after the panel)";
    private static final String GRADED_LOW = "Agencies graded requires improvement or inadequate";

    static String reword(String text, Map<String, String> words) {
        String out = text;
        for (Map.Entry<String, String> w : words.entrySet()) {
            out = out.replace(w.getKey(), w.getValue());
        }
        return out;
    }

    static List<Planned> full() {
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

    static List<Planned> condensed() {
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
