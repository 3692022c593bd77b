package qaf.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import qaf.analysis.training.EventAttendance;
import qaf.analysis.training.FeedbackResponse;
import qaf.analysis.training.LearningEvent;
import qaf.analysis.training.LearningNeed;
import qaf.calendar.ReportingYear;
import qaf.terms.Terms;

/**
 * Reads learning events, their attendance and feedback, and the year's learning needs (evaluations
 * held and reviews completed) for the Training subgroup. Feedback comments are never read: the
 * annual report counts, it does not quote.
 */
public final class TrainingQueries {
    private static final String IN_YEAR = " BETWEEN ? AND ?";

    private TrainingQueries() {
    }

    /** True when any learning event is stored, in any year. */
    public static boolean anyEvents(Database db) {
        return !db.query("SELECT event_ref FROM learning_events ORDER BY event_ref LIMIT 1", List.of(),
                rs -> rs.getString(1)).isEmpty();
    }

    /** Events held in the year, by day then ref. */
    public static List<LearningEvent> events(Database db, ReportingYear year) {
        return db.query("SELECT event_ref, kind, title, theme, held_on, source_ref FROM learning_events"
                        + " WHERE held_on" + IN_YEAR + " ORDER BY held_on, event_ref", range(year),
                rs -> new LearningEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        LocalDate.parse(rs.getString(5)), rs.getString(6)));
    }

    /** Attendance at the year's events, by event then agency. */
    public static List<EventAttendance> attendance(Database db, ReportingYear year) {
        return db.query("SELECT a.event_ref, a.agency_code, a.attendees FROM attendance a"
                        + " JOIN learning_events e ON e.event_ref = a.event_ref WHERE e.held_on" + IN_YEAR
                        + " ORDER BY a.event_ref, a.agency_code", range(year),
                rs -> new EventAttendance(rs.getString(1), rs.getString(2), rs.getInt(3)));
    }

    /** Feedback on the year's events, by event then respondent. */
    public static List<FeedbackResponse> feedback(Database db, ReportingYear year) {
        return db.query("SELECT f.event_ref, f.respondent_ref, f.agency_code, f.rating, f.confidence_before,"
                        + " f.confidence_after, f.comment FROM event_feedback f"
                        + " JOIN learning_events e ON e.event_ref = f.event_ref WHERE e.held_on" + IN_YEAR
                        + " ORDER BY f.event_ref, f.respondent_ref", range(year),
                rs -> new FeedbackResponse(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getObject(5) == null ? null : rs.getInt(5),
                        rs.getObject(6) == null ? null : rs.getInt(6), rs.getString(7)));
    }

    /**
     * The year's learning needs: evaluations whose panel day is in the year (their theme), then
     * reviews completed in the year with learning recorded (their type, in the partnership's words);
     * each by day then ref.
     */
    public static List<LearningNeed> needs(Database db, ReportingYear year, Terms terms) {
        List<LearningNeed> needs = new ArrayList<>(db.query("SELECT evaluation_ref, theme, panel_on FROM evaluations"
                        + " WHERE panel_on" + IN_YEAR + " ORDER BY panel_on, evaluation_ref", range(year),
                rs -> new LearningNeed(rs.getString(1), LearningNeed.Source.EVALUATION, rs.getString(2),
                        LocalDate.parse(rs.getString(3)))));
        needs.addAll(db.query("SELECT review_ref, type, completed_on FROM reviews WHERE completed_on" + IN_YEAR
                        + " AND TRIM(COALESCE(learning, '')) <> '' ORDER BY completed_on, review_ref", range(year),
                rs -> new LearningNeed(rs.getString(1), LearningNeed.Source.REVIEW, reviewType(rs.getString(2), terms),
                        LocalDate.parse(rs.getString(3)))));
        needs.sort(Comparator.comparing(LearningNeed::source).thenComparing(LearningNeed::arose)
                .thenComparing(LearningNeed::ref));
        return needs;
    }

    static String reviewType(String type, Terms terms) {
        return switch (type) {
            case "scr" -> Terms.capitalised(terms.word("serious-case-review", "Serious case review"));
            case "lcspr" -> "Local child safeguarding practice review";
            case "rapid-review" -> "Rapid review";
            case "macr" -> "Multi-agency concise review";
            case "single-agency-review" -> "Single agency review";
            case "child-death-review" -> "Child death review";
            default -> type;
        };
    }

    private static List<Object> range(ReportingYear year) {
        return List.of(year.start().toString(), year.end().toString());
    }
}
