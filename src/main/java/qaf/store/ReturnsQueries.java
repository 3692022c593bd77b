package qaf.store;

import java.util.List;

/** What issuing and tracking agencies' returns reads beyond the evaluation itself. */
public final class ReturnsQueries {
    private ReturnsQueries() {
    }

    /** An agency as the forms name it. */
    public record Agency(String code, String name, String sector) {
    }

    /** Every agency, by code. */
    public static List<Agency> agencies(Database db) {
        return db.query("SELECT code, name, sector FROM agencies ORDER BY code", List.of(),
                rs -> new Agency(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    /** Agencies with chronology entries on a case of the evaluation, by code. */
    public static List<String> chronologyAgencies(Database db, String evaluationRef) {
        return db.query("SELECT DISTINCT x.agency_code FROM chronology x JOIN evaluation_cases ec"
                + " ON ec.case_ref = x.case_ref WHERE ec.evaluation_ref = ? ORDER BY x.agency_code",
                List.of(evaluationRef), rs -> rs.getString(1));
    }

    /** Chronology entries on the evaluation's cases, by agency code. */
    public static java.util.Map<String, Integer> chronologyEntries(Database db, String evaluationRef) {
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        db.query("SELECT x.agency_code, COUNT(*) FROM chronology x JOIN evaluation_cases ec ON ec.case_ref = x.case_ref"
                + " WHERE ec.evaluation_ref = ? GROUP BY x.agency_code ORDER BY x.agency_code", List.of(evaluationRef),
                rs -> out.put(rs.getString(1), rs.getInt(2)));
        return out;
    }

    /** An agency's Section 11 return of a cycle, as the partnership opened it. */
    public record S11Return(String agencyCode, java.time.LocalDate openedOn, java.time.LocalDate dueOn) {
    }

    /** The Section 11 returns opened for a cycle, by agency code. */
    public static List<S11Return> s11Returns(Database db, String cycle) {
        return db.query("SELECT agency_code, opened_on, due_on FROM s11_returns WHERE cycle = ? ORDER BY agency_code",
                List.of(cycle), rs -> new S11Return(rs.getString(1), java.time.LocalDate.parse(rs.getString(2)),
                        java.time.LocalDate.parse(rs.getString(3))));
    }

    /** Agencies with a schools audit in the cycle, by code. */
    public static List<String> schoolAuditAgencies(Database db, String cycle) {
        return db.query("SELECT DISTINCT agency_code FROM school_audits WHERE cycle = ? ORDER BY agency_code",
                List.of(cycle), rs -> rs.getString(1));
    }
}
