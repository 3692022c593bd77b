package qaf.store;

import java.time.LocalDate;
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

    /** An agency's Section 11 return of a cycle, as the partnership opened it; submittedOn may be null. */
    public record S11Return(String agencyCode, LocalDate openedOn, LocalDate dueOn, LocalDate submittedOn) {
    }

    /** The Section 11 returns opened for a cycle, by agency code. */
    public static List<S11Return> s11Returns(Database db, String cycle) {
        return db.query("SELECT agency_code, opened_on, due_on, submitted_on FROM s11_returns WHERE cycle = ?"
                + " ORDER BY agency_code", List.of(cycle), rs -> new S11Return(rs.getString(1),
                        LocalDate.parse(rs.getString(2)), LocalDate.parse(rs.getString(3)), date(rs.getString(4))));
    }

    /** One standard of an agency's Section 11 self-assessment as stored; text columns may be null. */
    public record S11Score(int standard, int selfScore, String evidence, String improvement, String deadline) {
    }

    /** An agency's Section 11 scores of a cycle, by standard. */
    public static List<S11Score> s11Scores(Database db, String cycle, String agencyCode) {
        return db.query("SELECT standard, self_score, evidence, improvement, deadline FROM s11_scores"
                + " WHERE cycle = ? AND agency_code = ? ORDER BY standard", List.of(cycle, agencyCode),
                rs -> new S11Score(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)));
    }

    /** One area of a school's safeguarding audit as stored; submittedOn and action may be null. */
    public record SchoolArea(int area, String rating, LocalDate submittedOn, String action) {
    }

    /** A school's audit of a cycle, by area. */
    public static List<SchoolArea> schoolAudit(Database db, String cycle, String agencyCode) {
        return db.query("SELECT area, rating, submitted_on, action FROM school_audits WHERE cycle = ?"
                + " AND agency_code = ? ORDER BY area", List.of(cycle, agencyCode),
                rs -> new SchoolArea(rs.getInt(1), rs.getString(2), date(rs.getString(3)), rs.getString(4)));
    }

    /**
     * An agency's appendix E summary of a year as stored: the form's answers by column (null when
     * blank), in the form's order.
     */
    public record SingleAgencyAudit(LocalDate submittedOn, java.util.Map<String, String> answers) {
        public SingleAgencyAudit {
            answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
        }
    }

    /** The appendix E answers a form carries, in its order. */
    public static final List<String> SINGLE_AGENCY_ANSWERS = List.of("audit_activity", "performance_information",
            "executive_summary", "outcomes", "board_message", "recommendations", "how_actioned");

    public static java.util.Optional<SingleAgencyAudit> singleAgencyAudit(Database db, String year, String agencyCode) {
        return db.query("SELECT submitted_on, " + String.join(", ", SINGLE_AGENCY_ANSWERS)
                + " FROM single_agency_audits WHERE year = ? AND agency_code = ? ORDER BY year, agency_code", List.of(year,
                agencyCode), rs -> {
                    java.util.Map<String, String> answers = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < SINGLE_AGENCY_ANSWERS.size(); i++) {
                        answers.put(SINGLE_AGENCY_ANSWERS.get(i), rs.getString(2 + i));
                    }
                    return new SingleAgencyAudit(date(rs.getString(1)), answers);
                }).stream().findFirst();
    }

    /**
     * One chronology entry as stored, in the words of chronology.csv: the date ISO to its precision
     * ("2018-05-14", "2018-05", "2018"), the time {@code hh:mm}; nullable columns null.
     */
    public record ChronologyEntry(String entryRef, String date, String time, boolean approximate, String event,
            String source, String childVoice, String action, String impact, boolean keyEvent) {
    }

    /** An agency's chronology entries on a case, in date order. */
    public static List<ChronologyEntry> chronology(Database db, String caseRef, String agencyCode) {
        return db.query("SELECT entry_ref, entry_date, entry_time, approximate, event, source, child_voice, action,"
                + " impact, key_event FROM chronology WHERE case_ref = ? AND agency_code = ?"
                + " ORDER BY entry_date, entry_time, entry_ref", List.of(caseRef, agencyCode),
                rs -> new ChronologyEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1,
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getInt(10) == 1));
    }

    private static LocalDate date(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }

    /** Agencies with a schools audit in the cycle, by code. */
    public static List<String> schoolAuditAgencies(Database db, String cycle) {
        return db.query("SELECT DISTINCT agency_code FROM school_audits WHERE cycle = ? ORDER BY agency_code",
                List.of(cycle), rs -> rs.getString(1));
    }
}
