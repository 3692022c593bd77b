package qaf.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import qaf.analysis.review.Decision;
import qaf.analysis.review.Review;
import qaf.analysis.review.ReviewType;

/**
 * Reads reviews for the Serious Case Review subgroup's documents. The child comes back as its
 * pseudonym only: the SELECT never reads a name or a date of birth, so no caller can leak one.
 */
public final class ReviewQueries {

    private ReviewQueries() {
    }

    private static final String SELECT = "SELECT r.review_ref, r.type, ch.pseudonym, r.criterion, r.aware_on,"
            + " r.notified_on, r.decision, r.decision_on, r.letter_on, r.started_on, r.completed_on, r.published_on,"
            + " r.learning, r.follows_ref, r.lines_of_enquiry"
            + " FROM reviews r LEFT JOIN children ch ON ch.child_ref = r.child_ref";

    /** Every review, by review ref. */
    public static List<Review> reviews(Database db) {
        return db.query(SELECT + " ORDER BY r.review_ref", List.of(), ReviewQueries::review);
    }

    /** One review, if stored: reads that row only, so a document made from it depends on no other. */
    public static java.util.Optional<Review> review(Database db, String reviewRef) {
        return db.query(SELECT + " WHERE r.review_ref = ? ORDER BY r.review_ref", List.of(reviewRef),
                ReviewQueries::review).stream().findFirst();
    }

    private static Review review(ResultSet rs) throws SQLException {
        return new Review(rs.getString(1), ReviewType.fromId(rs.getString(2)), blankToNull(rs.getString(3)),
                rs.getString(4), date(rs, 5), date(rs, 6),
                rs.getString(7) == null ? null : Decision.fromId(rs.getString(7)), date(rs, 8), date(rs, 9),
                date(rs, 10), date(rs, 11), date(rs, 12), rs.getString(13), rs.getString(14), rs.getString(15));
    }

    /** Whether any review exists in the store (an empty store builds no annual report). */
    public static boolean any(Database db) {
        return !db.query("SELECT review_ref FROM reviews ORDER BY review_ref LIMIT 1", List.of(),
                rs -> rs.getString(1)).isEmpty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        String iso = rs.getString(column);
        return iso == null ? null : LocalDate.parse(iso);
    }
}
