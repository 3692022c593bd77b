package qaf.store;

import qaf.analysis.briefing.BriefingRecord;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import qaf.analysis.briefing.BriefingSource;
import qaf.analysis.briefing.BriefingUse;
import qaf.analysis.briefing.BriefingUseRollup;
import qaf.calendar.ReportingYear;

/**
 * Reads seven-minute briefings, their sections and how agencies used them (the 7MB action plan).
 * Children's names are read only by {@link #childNamesToWithhold}, so that the public composer can
 * remove them from authored text.
 */
public final class BriefingQueries {
    /**
     * The date an unpublished briefing is dated by: its source evaluation's panel day, or its source
     * review's publication, completion or awareness day (the first recorded).
     */
    private static final String BRIEFING = "SELECT b.briefing_ref, b.title, b.source_kind, b.source_ref, b.published_on,"
            + " CASE b.source_kind"
            + " WHEN 'evaluation' THEN (SELECT e.panel_on FROM evaluations e WHERE e.evaluation_ref = b.source_ref)"
            + " WHEN 'review' THEN (SELECT COALESCE(r.published_on, r.completed_on, r.aware_on) FROM reviews r"
            + " WHERE r.review_ref = b.source_ref)"
            + " END"
            + " FROM briefings b";

    private BriefingQueries() {
    }

    /** Every briefing, by ref. */
    public static List<BriefingRecord> all(Database db) {
        return db.query(BRIEFING + " ORDER BY b.briefing_ref", List.of(), BriefingQueries::briefingRow);
    }

    public static Optional<BriefingRecord> briefing(Database db, String briefingRef) {
        return db.query(BRIEFING + " WHERE b.briefing_ref = ? ORDER BY b.briefing_ref", List.of(briefingRef),
                BriefingQueries::briefingRow).stream().findFirst();
    }

    /** The briefing's stored sections, by number. */
    public static List<BriefingSource.Section> sections(Database db, String briefingRef) {
        return db.query("SELECT number, heading, text FROM briefing_sections WHERE briefing_ref = ? ORDER BY number",
                List.of(briefingRef), rs -> new BriefingSource.Section(rs.getInt(1), rs.getString(2), rs.getString(3)));
    }

    /** The type of a review ({@code scr}, {@code lcspr}, ...), or empty when there is no such review. */
    public static Optional<String> reviewType(Database db, String reviewRef) {
        return db.query("SELECT type FROM reviews WHERE review_ref = ? ORDER BY review_ref", List.of(reviewRef),
                rs -> rs.getString(1)).stream().findFirst();
    }

    /** The sessions delivered within the year, by briefing, agency, day and team. */
    public static List<BriefingUse> uses(Database db, ReportingYear year) {
        return db.query("SELECT briefing_ref, agency_code, delivered_on, team, attendees, actions_agreed"
                        + " FROM briefing_uses WHERE delivered_on BETWEEN ? AND ?"
                        + " ORDER BY briefing_ref, agency_code, delivered_on, team",
                List.of(year.start().toString(), year.end().toString()),
                rs -> new BriefingUse(rs.getString(1), rs.getString(2), LocalDate.parse(rs.getString(3)),
                        rs.getString(4), rs.getInt(5), rs.getString(6)));
    }

    /** Every agency (code, name), by name then code. */
    public static List<BriefingUseRollup.Named> agencies(Database db) {
        return db.query("SELECT code, name FROM agencies ORDER BY name, code", List.of(),
                rs -> new BriefingUseRollup.Named(rs.getString(1), rs.getString(2)));
    }

    /**
     * Restricted: every child's name, by child ref, only for the public briefing composer to remove
     * them from authored text. Nothing may print these.
     */
    public static List<BriefingSource.ChildName> childNamesToWithhold(Database db) {
        return db.query("SELECT given_name, family_name FROM children ORDER BY child_ref", List.of(),
                rs -> new BriefingSource.ChildName(rs.getString(1), rs.getString(2)));
    }

    private static BriefingRecord briefingRow(ResultSet rs) throws SQLException {
        return new BriefingRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), date(rs, 5),
                date(rs, 6));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        String iso = rs.getString(column);
        return iso == null ? null : LocalDate.parse(iso);
    }
}
