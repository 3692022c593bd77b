package qaf.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.chronology.ChronologySource;
import qaf.analysis.review.Review;
import qaf.analysis.review.SingleAgencyReviewData;
import qaf.calendar.PartialDate;
import qaf.calendar.ReportingYear;

/**
 * Reads single agency reviews (reviews.csv type {@code single-agency-review}) for appendix A's
 * report. It reads the child's name and date of birth: only the case-audience kind may call it.
 */
public final class SingleAgencyReviewQueries {
    private SingleAgencyReviewQueries() {
    }

    /** The single agency reviews the partnership became aware of in the year, by review ref. */
    public static List<String> refs(Database db, ReportingYear year) {
        return db.query("SELECT review_ref FROM reviews WHERE type = 'single-agency-review'"
                + " AND aware_on BETWEEN ? AND ? ORDER BY review_ref", List.of(year.start().toString(),
                        year.end().toString()), rs -> rs.getString(1));
    }

    /** One review with its agency, child, that agency's chronology for the child and the review's actions. */
    public static Optional<SingleAgencyReviewData> review(Database db, String reviewRef) {
        Optional<Review> review = ReviewQueries.review(db, reviewRef);
        if (review.isEmpty()) {
            return Optional.empty();
        }
        List<String[]> row = db.query("SELECT r.agency_code, a.name, a.lead_person, r.summary, r.child_ref"
                + " FROM reviews r LEFT JOIN agencies a ON a.code = r.agency_code WHERE r.review_ref = ?"
                + " ORDER BY r.review_ref", List.of(reviewRef), rs -> new String[] {rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)});
        String agency = row.get(0)[0];
        String childRef = row.get(0)[4];
        List<SingleAgencyReviewData.Child> child = childRef == null ? List.of() : db.query(
                "SELECT child_ref, given_name, family_name, date_of_birth, pseudonym, gender, ethnicity FROM children"
                        + " WHERE child_ref = ? ORDER BY child_ref", List.of(childRef),
                rs -> new SingleAgencyReviewData.Child(rs.getString(1), rs.getString(2), rs.getString(3),
                        LocalDate.parse(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7)));
        List<String> cases = childRef == null ? List.of() : db.query(
                "SELECT case_ref FROM cases WHERE child_ref = ? ORDER BY case_ref", List.of(childRef),
                rs -> rs.getString(1));
        List<ChronologySource.Row> chronology = childRef == null || agency == null ? List.of() : db.query(
                "SELECT ch.agency_code, ch.entry_ref, ch.entry_date, ch.date_precision, ch.entry_time, ch.approximate,"
                        + " ch.event, ch.source, ch.child_voice, ch.action, ch.impact, ch.key_event"
                        + " FROM chronology ch JOIN cases c ON c.case_ref = ch.case_ref"
                        + " WHERE c.child_ref = ? AND ch.agency_code = ?"
                        + " ORDER BY ch.entry_date, ch.entry_time, ch.case_ref, ch.entry_ref",
                List.of(childRef, agency), SingleAgencyReviewQueries::entry);
        List<ActionRecord> actions = db.query("SELECT action_ref, source_kind, source_ref, agency_code, description,"
                        + " agreed_on, due_on, status, completed_on, evidence, impact FROM actions"
                        + " WHERE source_kind = 'review' AND source_ref = ? ORDER BY action_ref", List.of(reviewRef),
                rs -> new ActionRecord(rs.getString(1), ActionSource.fromId(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), date(rs, 6), date(rs, 7),
                        ActionStatus.fromId(rs.getString(8)), date(rs, 9), rs.getString(10), rs.getString(11)));
        return Optional.of(new SingleAgencyReviewData(review.get(), agency, row.get(0)[1], row.get(0)[2],
                row.get(0)[3], child.isEmpty() ? null : child.get(0), cases, chronology, actions));
    }

    private static ChronologySource.Row entry(ResultSet rs) throws SQLException {
        String iso = rs.getString(3);
        PartialDate date = switch (rs.getString(4)) {
            case "day" -> new PartialDate(LocalDate.parse(iso), PartialDate.Precision.DAY);
            case "month" -> new PartialDate(LocalDate.parse(iso + "-01"), PartialDate.Precision.MONTH);
            case "year" -> new PartialDate(LocalDate.parse(iso + "-01-01"), PartialDate.Precision.YEAR);
            default -> throw new StoreException("unknown date precision " + rs.getString(4), null);
        };
        return new ChronologySource.Row(rs.getString(1), rs.getString(2), date,
                rs.getString(5) == null ? null : LocalTime.parse(rs.getString(5)), rs.getInt(6) == 1,
                text(rs.getString(7)), text(rs.getString(8)), text(rs.getString(9)), text(rs.getString(10)),
                text(rs.getString(11)), rs.getInt(12) == 1);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        String iso = rs.getString(column);
        return iso == null ? null : LocalDate.parse(iso);
    }
}
