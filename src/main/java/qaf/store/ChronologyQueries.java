package qaf.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import qaf.calendar.PartialDate;
import qaf.calendar.ReportingYear;
import qaf.analysis.chronology.ChronologySource;
import qaf.analysis.chronology.ChronologySubject;

/**
 * Reads what a merged chronology needs: of a case in an evaluation, or of the child of a review.
 */
public final class ChronologyQueries {
    private ChronologyQueries() {
    }

    /** The chronologies of a year: evaluation cases by panel day, reviews by the day the partnership became aware. */
    public static List<ChronologySubject> subjects(Database db, ReportingYear year) {
        List<ChronologySubject> keys = new ArrayList<>();
        String from = year.start().toString();
        String to = year.end().toString();
        query(db, "SELECT ec.evaluation_ref, ec.case_ref FROM evaluation_cases ec"
                        + " JOIN evaluations e ON e.evaluation_ref = ec.evaluation_ref"
                        + " WHERE e.panel_on BETWEEN ? AND ? ORDER BY ec.evaluation_ref, ec.case_ref",
                List.of(from, to), rs -> keys.add(ChronologySubject.evaluationCase(rs.getString(1), rs.getString(2))));
        // Child death reviews are the child death overview panel's process: only counts and themes
        // reach the partnership's documents, so no chronology is merged for them.
        query(db, "SELECT review_ref FROM reviews WHERE child_ref IS NOT NULL AND type <> 'child-death-review'"
                        + " AND aware_on BETWEEN ? AND ?"
                        + " ORDER BY review_ref",
                List.of(from, to), rs -> keys.add(ChronologySubject.review(rs.getString(1))));
        return keys;
    }

    public static ChronologySource source(Database db, String partnership, ChronologySubject subject) {
        return subject.isReview() ? review(db, partnership, subject.reviewRef())
                : evaluationCase(db, partnership, subject.evaluationRef(), subject.caseRef());
    }

    private static ChronologySource evaluationCase(Database db, String partnership, String evaluation, String caseRef) {
        List<String> child = new ArrayList<>();
        query(db, "SELECT ch.child_ref, ch.given_name, ch.family_name, ch.date_of_birth FROM cases c"
                        + " JOIN children ch ON ch.child_ref = c.child_ref WHERE c.case_ref = ?",
                List.of(caseRef), rs -> child.addAll(List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))));
        if (child.isEmpty()) {
            throw new StoreException("case " + caseRef + " has no child record", null);
        }
        List<ChronologySource.Agency> agencies = new ArrayList<>();
        query(db, "SELECT a.code, a.name FROM agencies a WHERE a.code IN ("
                        + " SELECT agency_code FROM agency_evaluations WHERE evaluation_ref = ? AND case_ref = ?"
                        + " UNION SELECT agency_code FROM chronology WHERE case_ref = ?) ORDER BY a.name, a.code",
                List.of(evaluation, caseRef, caseRef),
                rs -> agencies.add(new ChronologySource.Agency(rs.getString(1), rs.getString(2))));
        return new ChronologySource(partnership, evaluation, "evaluation " + evaluation, caseRef, "case " + caseRef,
                child.get(0), child.get(1) + " " + child.get(2), LocalDate.parse(child.get(3)), agencies,
                entries(db, "c.case_ref = ?", List.of(caseRef)));
    }

    private static ChronologySource review(Database db, String partnership, String review) {
        List<String> child = new ArrayList<>();
        query(db, "SELECT ch.child_ref, ch.given_name, ch.family_name, ch.date_of_birth, r.type, r.agency_code"
                        + " FROM reviews r JOIN children ch ON ch.child_ref = r.child_ref WHERE r.review_ref = ?",
                List.of(review), rs -> {
                    for (int i = 1; i <= 6; i++) {
                        child.add(rs.getString(i));
                    }
                });
        if (child.isEmpty()) {
            throw new StoreException("review " + review + " has no child", null);
        }
        String childRef = child.get(0);
        List<String> cases = new ArrayList<>();
        query(db, "SELECT case_ref FROM cases WHERE child_ref = ? ORDER BY case_ref", List.of(childRef),
                rs -> cases.add(rs.getString(1)));
        List<ChronologySource.Agency> agencies = new ArrayList<>();
        String reviewed = child.get(5) == null ? "" : child.get(5);
        query(db, "SELECT a.code, a.name FROM agencies a WHERE a.code = ? OR a.code IN ("
                        + " SELECT ch.agency_code FROM chronology ch JOIN cases c ON c.case_ref = ch.case_ref"
                        + " WHERE c.child_ref = ?) ORDER BY a.name, a.code",
                List.of(reviewed, childRef),
                rs -> agencies.add(new ChronologySource.Agency(rs.getString(1), rs.getString(2))));
        String label = "child " + childRef + (cases.isEmpty() ? "" : " (cases " + String.join(", ", cases) + ")");
        return new ChronologySource(partnership, review, "review " + review + " (" + child.get(4) + ")", childRef,
                label, childRef, child.get(1) + " " + child.get(2), LocalDate.parse(child.get(3)), agencies,
                entries(db, "c.child_ref = ?", List.of(childRef)));
    }

    private static List<ChronologySource.Row> entries(Database db, String where, List<String> args) {
        List<ChronologySource.Row> rows = new ArrayList<>();
        query(db, "SELECT ch.agency_code, ch.entry_ref, ch.entry_date, ch.date_precision, ch.entry_time,"
                        + " ch.approximate, ch.event, ch.source, ch.child_voice, ch.action, ch.impact, ch.key_event,"
                        + " ch.case_ref"
                        + " FROM chronology ch JOIN cases c ON c.case_ref = ch.case_ref WHERE " + where
                        + " ORDER BY ch.entry_date, ch.entry_time, ch.agency_code, ch.case_ref, ch.entry_ref",
                args, rs -> rows.add(new ChronologySource.Row(
                        rs.getString(1),
                        rs.getString(2),
                        partialDate(rs.getString(3), rs.getString(4)),
                        rs.getString(5) == null ? null : LocalTime.parse(rs.getString(5)),
                        rs.getInt(6) == 1,
                        text(rs.getString(7)),
                        text(rs.getString(8)),
                        text(rs.getString(9)),
                        text(rs.getString(10)),
                        text(rs.getString(11)),
                        rs.getInt(12) == 1)));
        return rows;
    }

    private static PartialDate partialDate(String iso, String precision) {
        return switch (precision) {
            case "day" -> new PartialDate(LocalDate.parse(iso), PartialDate.Precision.DAY);
            case "month" -> new PartialDate(LocalDate.parse(iso + "-01"), PartialDate.Precision.MONTH);
            case "year" -> new PartialDate(LocalDate.parse(iso + "-01-01"), PartialDate.Precision.YEAR);
            default -> throw new StoreException("unknown date precision " + precision, null);
        };
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    @FunctionalInterface
    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    static void query(Database db, String sql, List<String> args, RowReader reader) {
        try (PreparedStatement st = db.connection().prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                st.setString(i + 1, args.get(i));
            }
            db.noteQuery(sql, args);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    db.noteRow(rs);
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + sql.substring(0, Math.min(60, sql.length())), e);
        }
    }
}
