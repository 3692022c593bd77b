package qaf.analysis.due;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import qaf.calendar.ReportingYear;
import qaf.calendar.Timetable;
import qaf.calendar.WorkingDays;
import qaf.frontpage.FrontPage;
import qaf.ingest.Ingest;
import qaf.kind.BuildContext;
import qaf.store.Database;

/**
 * The due list of the sample partnership against the framework's rules applied by hand to the
 * sample database's rows, read with plain SQL: every item the query finds overdue is in the list as
 * overdue, and nothing else is. Two as-at days: the year end, and a day inside the year when work
 * recorded later must count as not done.
 */
class DueListOnTheSampleTest {
    @TempDir
    static Path dir;

    private static Database db;
    private static Connection sql;

    @BeforeAll
    static void load() throws SQLException {
        db = Database.open(dir.resolve("qaf.db"));
        Ingest.ingest(Path.of("sample-data"), db);
        sql = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("qaf.db"));
    }

    @AfterAll
    static void close() throws SQLException {
        sql.close();
        db.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-03-31", "2018-10-15"})
    void everyOverdueItemOfTheQueryIsInTheListAsOverdueAndNothingElseIs(String day) throws SQLException {
        LocalDate asAt = LocalDate.parse(day);
        BuildContext build = BuildContext.load(db, ReportingYear.parse("2018-19", 4), asAt);
        List<DueItem> due = FrontPage.dueList(db, build);

        Set<String> expected = overdueByQuery(asAt, build.workingDays());
        Set<String> listed = due.stream().filter(i -> i.status() == DueStatus.OVERDUE).map(DueListOnTheSampleTest::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, listed);
        // The sample is built to have overdue work of every kind; a query that found none proves nothing.
        Set<String> clocks = expected.stream().map(k -> k.substring(0, k.indexOf('|'))).collect(Collectors.toSet());
        assertTrue(clocks.containsAll(Set.of("ACTION", "SECTION_11_RETURN", "CLOSE_THE_LOOP")), clocks.toString());
        assertTrue(expected.size() >= 10, "overdue items found: " + expected.size());

        // Overdue first, then the others in status order; every status's lines by due day.
        for (int i = 1; i < due.size(); i++) {
            assertTrue(DueList.ORDER.compare(due.get(i - 1), due.get(i)) < 0, "out of order at line " + i);
        }
        // Work recorded after the as-at day is not done as at it.
        assertTrue(due.stream().allMatch(i -> i.done() == null || !i.done().isAfter(asAt)));
        // Outstanding lines carry how late they are (overdue) or nothing; met lines are never late.
        for (DueItem i : due) {
            assertEquals(i.status() == DueStatus.OVERDUE || i.status() == DueStatus.MISSED, i.days() > 0,
                    i.status() + " " + key(i) + " days " + i.days());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-03-31"})
    void theListHoldsNoNameOnlyRefsAndPseudonyms(String day) throws SQLException {
        BuildContext build = BuildContext.load(db, ReportingYear.parse("2018-19", 4), LocalDate.parse(day));
        List<DueItem> due = FrontPage.dueList(db, build);
        Set<String> pseudonyms = new TreeSet<>();
        due.stream().filter(i -> i.pseudonym() != null).forEach(i -> pseudonyms.add(i.pseudonym()));
        assertFalse(pseudonyms.isEmpty());
        List<String> names = rows("SELECT given_name, family_name FROM children ORDER BY child_ref", List.of())
                .stream().flatMap(r -> List.of(r[0], r[1]).stream()).toList();
        for (DueItem i : due) {
            for (String name : names) {
                String text = String.join(" ", i.ref(), String.valueOf(i.pseudonym()), String.valueOf(i.agencyName()));
                assertFalse(text.contains(name), "a child's name in the line " + i.ref());
            }
        }
    }

    private static String key(DueItem i) {
        return i.clock().name() + "|" + i.ref() + "|" + (i.agencyCode() == null ? "" : i.agencyCode());
    }

    /** The framework's rules, applied by hand to the raw rows. */
    private static Set<String> overdueByQuery(LocalDate asAt, WorkingDays wd) throws SQLException {
        Set<String> keys = new TreeSet<>();
        String a = asAt.toString();
        for (String[] r : rows("SELECT action_ref, COALESCE(agency_code, '') FROM actions WHERE status <> 'cancelled'"
                + " AND agreed_on <= ? AND due_on < ? AND (status <> 'complete' OR completed_on > ?)"
                + " ORDER BY action_ref", List.of(a, a, a))) {
            keys.add("ACTION|" + r[0] + "|" + r[1]);
        }
        for (String[] r : rows("SELECT cycle, agency_code FROM s11_returns WHERE opened_on <= ? AND due_on < ?"
                + " AND (submitted_on IS NULL OR submitted_on > ?) ORDER BY cycle, agency_code", List.of(a, a, a))) {
            keys.add("SECTION_11_RETURN|" + r[0] + "|" + r[1]);
        }
        // Schools' audit: each school (education under a collating agency) on the programme's due day (appendix
        // B: 29 June 2018), from its start; a return is its latest rating, and one with no date is not listed.
        for (String[] r : rows("SELECT p.cycle, g.code, p.starts_on, p.due_on, MAX(s.submitted_on), COUNT(s.area),"
                + " COUNT(s.submitted_on) FROM programme p JOIN agencies g ON g.sector = 'education'"
                + " AND g.parent_code IS NOT NULL LEFT JOIN school_audits s ON s.cycle = p.cycle"
                + " AND s.agency_code = g.code WHERE p.process = 'school-audit' GROUP BY p.cycle, g.code"
                + " ORDER BY p.cycle, g.code", List.of())) {
            if (!r[5].equals("0") && r[6].equals("0")) {
                continue;
            }
            overdue(keys, "SCHOOLS_AUDIT|" + r[0] + "|" + r[1], date(r[2]), date(r[3]), r[4], asAt);
        }
        // Due on the QA programme's date (appendix B: 31 October 2018), else the year's last day.
        for (String[] r : rows("SELECT a.year, a.agency_code, a.submitted_on, p.due_on FROM single_agency_audits a"
                + " LEFT JOIN programme p ON p.process = 'single-agency-audit' AND p.cycle = a.year"
                + " ORDER BY a.year, a.agency_code", List.of())) {
            ReportingYear y = ReportingYear.parse(r[0], 4);
            LocalDate due = r[3] == null ? y.end() : date(r[3]);
            if (!y.start().isAfter(asAt) && due.isBefore(asAt) && notDone(r[2], asAt)) {
                keys.add("SINGLE_AGENCY_AUDIT|" + r[0] + "|" + r[1]);
            }
        }
        // f: the review this one follows (follows_ref); following a notifiable review, it is that incident's
        // and its notification is counted on that review.
        for (String[] r : rows("SELECT r.review_ref, r.type, r.aware_on, r.notified_on, r.letter_on, r.started_on,"
                + " r.completed_on, r.decision_on, f.type FROM reviews r LEFT JOIN reviews f"
                + " ON f.review_ref = r.follows_ref ORDER BY r.review_ref", List.of())) {
            String ref = r[0];
            String type = r[1];
            Set<String> notifiable = Set.of("scr", "lcspr", "rapid-review");
            if (notifiable.contains(type) && (r[8] == null || !notifiable.contains(r[8]))) {
                overdue(keys, "NOTIFICATION|" + ref + "|", date(r[2]), wd.add(date(r[2]), 5), r[3], asAt);
            }
            switch (type) {
                case "rapid-review" -> overdue(keys, "RAPID_REVIEW|" + ref + "|", date(r[2]), wd.add(date(r[2]), 15),
                        r[6], asAt);
                // Framework section 1: an SCR within six months of the notification (else of becoming aware).
                case "scr" -> {
                    LocalDate from = date(r[3] != null ? r[3] : r[2]);
                    overdue(keys, "SCR|" + ref + "|", from, from.plusMonths(6), r[6], asAt);
                }
                // Working Together: an LCSPR within six months of the decision to initiate (else its start).
                case "lcspr" -> {
                    String from = r[7] != null ? r[7] : r[5];
                    if (from != null) {
                        overdue(keys, "LCSPR|" + ref + "|", date(from), date(from).plusMonths(6), r[6], asAt);
                    }
                }
                case "single-agency-review" -> {
                    if (r[4] != null) {
                        overdue(keys, "SINGLE_AGENCY_REVIEW|" + ref + "|", date(r[4]), date(r[4]).plusDays(21), r[6],
                                asAt);
                    }
                }
                default -> {
                }
            }
        }
        for (String[] r : rows("SELECT ae.evaluation_ref, ae.case_ref, ae.agency_code, e.kind, e.starts_on, e.panel_on,"
                + " g.sector, ae.chronology_submitted_on, ae.evaluation_submitted_on,"
                + " COALESCE(ae.panel_grade, ae.self_grade), c.returned_on"
                + " FROM agency_evaluations ae JOIN evaluations e ON e.evaluation_ref = ae.evaluation_ref"
                + " JOIN agencies g ON g.code = ae.agency_code LEFT JOIN close_the_loop c"
                + " ON c.evaluation_ref = ae.evaluation_ref AND c.case_ref = ae.case_ref AND c.agency_code = ae.agency_code"
                + " ORDER BY ae.evaluation_ref, ae.case_ref, ae.agency_code", List.of())) {
            String ref = r[0] + " " + r[1];
            LocalDate start = date(r[4]);
            LocalDate panel = date(r[5]);
            if (start.isAfter(asAt)) {
                continue;
            }
            // Appendices B/D: the timetable counts day 1 from the first working day on or after the start.
            Timetable t = Timetable.of(Timetable.Kind.fromId(r[3]), wd.onOrAfter(start), panel, wd);
            overdue(keys, "CHRONOLOGY|" + ref + "|" + r[2], start, t.chronologyDue(), r[7], asAt);
            LocalDate evaluationDue = r[6].equals("health") ? t.healthEvaluationDue() : t.evaluationDue();
            overdue(keys, "SELF_EVALUATION|" + ref + "|" + r[2], start, evaluationDue, r[8], asAt);
            if (Set.of("requires-improvement", "inadequate").contains(r[9])) {
                overdue(keys, "CLOSE_THE_LOOP|" + ref + "|" + r[2], panel, wd.add(panel, 10), r[10], asAt);
            }
        }
        return keys;
    }

    private static void overdue(Set<String> keys, String key, LocalDate start, LocalDate due, String done,
            LocalDate asAt) {
        if (!start.isAfter(asAt) && due.isBefore(asAt) && notDone(done, asAt)) {
            keys.add(key);
        }
    }

    private static boolean notDone(String done, LocalDate asAt) {
        return done == null || LocalDate.parse(done).isAfter(asAt);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<String[]> rows(String query, List<String> params) throws SQLException {
        try (PreparedStatement st = sql.prepareStatement(query)) {
            for (int i = 0; i < params.size(); i++) {
                st.setString(i + 1, params.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                List<String[]> out = new ArrayList<>();
                while (rs.next()) {
                    String[] row = new String[n];
                    for (int c = 0; c < n; c++) {
                        row[c] = rs.getString(c + 1);
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

}
