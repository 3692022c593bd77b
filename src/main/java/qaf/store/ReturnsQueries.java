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
}
