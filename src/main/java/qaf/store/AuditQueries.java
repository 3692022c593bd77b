package qaf.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.audit.Agency;
import qaf.analysis.audit.HowActioned;
import qaf.analysis.audit.Rag;
import qaf.analysis.audit.SchoolAuditCycle;
import qaf.analysis.audit.SchoolAuditRating;
import qaf.analysis.audit.Section11Cycle;
import qaf.analysis.audit.Section11Return;
import qaf.analysis.audit.Section11Score;
import qaf.analysis.audit.SingleAgencyAudit;
import qaf.analysis.audit.SingleAgencyAuditYear;

/**
 * Reads what the audit documents analyse: Section 11 cycles, schools' audit cycles, single agency
 * audit years and the whole action register, as the records of {@code qaf.analysis.audit}. Cycles
 * and years are the dataset's labels, ordered as text ("2016" before "2018"). Every query orders on
 * a unique key, so equal databases give equal lists.
 */
public final class AuditQueries {
    private AuditQueries() {
    }

    /** Every agency, by code. */
    public static List<Agency> agencies(Database db) {
        return db.query("SELECT code, name, sector, parent_code FROM agencies ORDER BY code", List.of(),
                rs -> new Agency(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** The Section 11 cycles that have at least one return row, earliest first. */
    public static List<String> section11Cycles(Database db) {
        return db.query("SELECT DISTINCT cycle FROM s11_returns ORDER BY cycle", List.of(), rs -> rs.getString(1));
    }

    /** One cycle's returns (by agency) and scores (by agency, standard); empty lists for an unknown cycle. */
    public static Section11Cycle section11(Database db, String cycle) {
        List<Section11Return> returns = db.query("SELECT cycle, agency_code, opened_on, due_on, submitted_on,"
                        + " moderation FROM s11_returns WHERE cycle = ? ORDER BY agency_code", List.of(cycle),
                rs -> new Section11Return(rs.getString(1), rs.getString(2), date(rs, 3), date(rs, 4), date(rs, 5),
                        rs.getInt(6) == 1));
        List<Section11Score> scores = db.query("SELECT cycle, agency_code, standard, self_score, moderated_score,"
                        + " evidence, improvement, deadline FROM s11_scores WHERE cycle = ?"
                        + " ORDER BY agency_code, standard", List.of(cycle),
                rs -> new Section11Score(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        integer(rs, 5), rs.getString(6), rs.getString(7), rs.getString(8)));
        return new Section11Cycle(cycle, agencies(db), returns, scores);
    }

    /** The latest cycle ordered before {@code cycle}, for comparison; empty when there is none. */
    public static Optional<Section11Cycle> previousSection11(Database db, String cycle) {
        List<String> earlier = db.query("SELECT DISTINCT cycle FROM s11_returns WHERE cycle < ?"
                + " ORDER BY cycle DESC LIMIT 1", List.of(cycle), rs -> rs.getString(1));
        return earlier.stream().findFirst().map(c -> section11(db, c));
    }

    /** The schools' audit cycles with at least one rating, earliest first. */
    public static List<String> schoolAuditCycles(Database db) {
        return db.query("SELECT DISTINCT cycle FROM school_audits ORDER BY cycle", List.of(), rs -> rs.getString(1));
    }

    /** One cycle's ratings, by agency and area. */
    public static SchoolAuditCycle schoolAudits(Database db, String cycle) {
        List<SchoolAuditRating> ratings = db.query("SELECT cycle, agency_code, area, rating, submitted_on, action,"
                        + " moderation FROM school_audits WHERE cycle = ? ORDER BY agency_code, area", List.of(cycle),
                rs -> new SchoolAuditRating(rs.getString(1), rs.getString(2), rs.getInt(3),
                        Rag.fromId(rs.getString(4)), date(rs, 5), rs.getString(6), rs.getInt(7) == 1));
        return new SchoolAuditCycle(cycle, agencies(db), ratings);
    }

    /** The reporting years (labels such as "2018-19") with single agency audit rows, earliest first. */
    public static List<String> singleAgencyAuditYears(Database db) {
        return db.query("SELECT DISTINCT year FROM single_agency_audits ORDER BY year", List.of(),
                rs -> rs.getString(1));
    }

    /** One year's single agency audits, by agency. */
    public static SingleAgencyAuditYear singleAgencyAudits(Database db, String year) {
        List<SingleAgencyAudit> audits = db.query("SELECT year, agency_code, submitted_on, audit_activity,"
                        + " performance_information, executive_summary, outcomes, board_message, recommendations,"
                        + " how_actioned, completed_by, main_body, appendices, moderation FROM single_agency_audits"
                        + " WHERE year = ? ORDER BY agency_code",
                List.of(year), rs -> {
                    List<HowActioned> how = howActioned(rs.getString(10));
                    return new SingleAgencyAudit(rs.getString(1), rs.getString(2), date(rs, 3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            how.isEmpty() ? null : how.get(0), rs.getString(11), rs.getString(12), rs.getString(13),
                            rs.getInt(14) == 1, how);
                });
        return new SingleAgencyAuditYear(year, agencies(db), audits);
    }

    /** Every action from every source, by action ref (the tracker sorts them for display). */
    public static List<ActionRecord> actions(Database db) {
        return db.query("SELECT action_ref, source_kind, source_ref, agency_code, description, agreed_on, due_on,"
                        + " status, completed_on, evidence, impact, impact_evidenced FROM actions ORDER BY action_ref",
                List.of(),
                rs -> new ActionRecord(rs.getString(1), ActionSource.fromId(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), date(rs, 6), date(rs, 7),
                        ActionStatus.fromId(rs.getString(8)), date(rs, 9), rs.getString(10), rs.getString(11),
                        integer(rs, 12) == null ? null : integer(rs, 12) == 1));
    }

    /** The ticked words as stored ("discussion;workshop", the ingest's order), none for NULL. */
    private static List<HowActioned> howActioned(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(stored.split(";")).map(HowActioned::fromId).toList();
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        String iso = rs.getString(column);
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
