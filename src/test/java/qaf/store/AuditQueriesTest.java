package qaf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.audit.ActionTracker;
import qaf.analysis.audit.Agency;
import qaf.analysis.audit.HowActioned;
import qaf.analysis.audit.Rag;
import qaf.analysis.audit.Ratio;
import qaf.analysis.audit.SchoolAuditAnalysis;
import qaf.analysis.audit.SchoolAuditCycle;
import qaf.analysis.audit.SchoolAuditRating;
import qaf.analysis.audit.SchoolsOverview;
import qaf.analysis.audit.Section11Analysis;
import qaf.analysis.audit.Section11Cycle;
import qaf.analysis.audit.Section11Overview;
import qaf.analysis.audit.Section11Return;
import qaf.analysis.audit.Section11Score;
import qaf.analysis.audit.SingleAgencyAudit;
import qaf.analysis.audit.SingleAgencyAuditAnalysis;
import qaf.analysis.audit.SingleAgencyAuditYear;
import qaf.analysis.audit.SingleAgencyOverview;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.ReportingYear;
import qaf.calendar.WorkingDays;
import qaf.ingest.Ingest;

/**
 * The audit read queries: a small dataset written as CSV text (rows deliberately out of key order,
 * one rating in capitals, one UK date) read back as records, then the committed sample run through
 * query and analysis.
 */
class AuditQueriesTest {
    private static final WorkingDays WD = new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES));

    @TempDir
    Path dir;

    private Database small() throws IOException {
        Path data = dir.resolve("dataset");
        Files.createDirectories(data);
        write(data, "partnership.csv", "name,short_name,area\nTest Partnership,TP,Testshire\n");
        write(data, "agencies.csv", "code,name,sector,parent_code\n"
                + "P,Police,police,\nH,Health,health,\nS2,Second School,education,ED\n"
                + "ED,Schools lead,education,\nS1,First School,education,ED\n");
        write(data, "s11_returns.csv", "cycle,agency_code,opened_on,due_on,submitted_on,moderation\n"
                + "2018,P,2018-04-03,2018-09-30,,no\n"
                + "2016,P,2016-04-04,2016-09-30,2016-09-01,no\n"
                + "2018,H,2018-04-03,2018-09-30,30/09/2018,yes\n");
        write(data, "s11_scores.csv", "cycle,agency_code,standard,self_score,moderated_score,evidence,improvement,"
                + "deadline\n"
                + "2018,H,2,3,2,Policy reviewed,,\n"
                + "2018,H,1,2,,,Train staff,March 2019\n"
                + "2016,P,1,1,,,,\n");
        write(data, "school_audits.csv", "cycle,agency_code,area,rating,submitted_on,action\n"
                + "2018,S2,2,amber,2018-06-01,Refresh training\n"
                + "2018,S2,1,RED,2018-06-01,\n"
                + "2018,S1,1,green,,\n");
        write(data, "single_agency_audits.csv", "year,agency_code,submitted_on,executive_summary,how_actioned\n"
                + "2018-19,P,2018-10-01,Mostly safe,workshop\n"
                + "2018-19,H,,,\n");
        write(data, "actions.csv", "action_ref,source_kind,source_ref,agency_code,description,agreed_on,due_on,"
                + "status,completed_on,evidence,impact\n"
                + "A2,s11,2018,H,Refresh policy,2018-11-01,2019-01-31,complete,2019-01-10,Policy published,"
                + "Staff confident\n"
                + "A1,thematic,neglect,,Publish briefing,2018-11-01,2019-02-28,open,,,\n"
                + "A3,school-audit,2018,S2,Retrain staff,2018-11-01,2019-03-31,in-progress,,,\n"
                + "A4,single-agency-audit,2018-19,P,Joint audit,2018-11-01,2019-03-31,cancelled,,,\n");
        Database db = Database.open(dir.resolve("small.db"));
        Ingest.ingest(data, db);
        return db;
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void section11RecordsComeBackInKeyOrder() throws IOException {
        try (Database db = small()) {
            assertEquals(List.of("ED", "H", "P", "S1", "S2"),
                    AuditQueries.agencies(db).stream().map(Agency::code).toList());
            assertEquals(new Agency("S1", "First School", "education", "ED"), AuditQueries.agencies(db).get(3));
            assertEquals(List.of("2016", "2018"), AuditQueries.section11Cycles(db));
            Section11Cycle c = AuditQueries.section11(db, "2018");
            assertEquals(List.of(
                    new Section11Return("2018", "H", d("2018-04-03"), d("2018-09-30"), d("2018-09-30"), true),
                    new Section11Return("2018", "P", d("2018-04-03"), d("2018-09-30"), null, false)), c.returns());
            assertEquals(List.of(
                    new Section11Score("2018", "H", 1, 2, null, null, "Train staff", "March 2019"),
                    new Section11Score("2018", "H", 2, 3, 2, "Policy reviewed", null, null)), c.scores());
            assertEquals(5, c.agencies().size());
            Section11Cycle before = AuditQueries.previousSection11(db, "2018").orElseThrow();
            assertEquals("2016", before.cycle());
            assertEquals(List.of(new Section11Score("2016", "P", 1, 1, null, null, null, null)), before.scores());
            assertTrue(AuditQueries.previousSection11(db, "2016").isEmpty());
        }
    }

    @Test
    void schoolAndSingleAgencyRecordsComeBackInKeyOrder() throws IOException {
        try (Database db = small()) {
            assertEquals(List.of("2018"), AuditQueries.schoolAuditCycles(db));
            SchoolAuditCycle s = AuditQueries.schoolAudits(db, "2018");
            assertEquals(List.of(
                    new SchoolAuditRating("2018", "S1", 1, Rag.GREEN, null, null),
                    new SchoolAuditRating("2018", "S2", 1, Rag.RED, d("2018-06-01"), null),
                    new SchoolAuditRating("2018", "S2", 2, Rag.AMBER, d("2018-06-01"), "Refresh training")),
                    s.ratings());
            assertEquals(List.of("2018-19"), AuditQueries.singleAgencyAuditYears(db));
            SingleAgencyAuditYear y = AuditQueries.singleAgencyAudits(db, "2018-19");
            assertEquals(List.of(
                    new SingleAgencyAudit("2018-19", "H", null, null, null, null, null, null, null, null),
                    new SingleAgencyAudit("2018-19", "P", d("2018-10-01"), null, null, "Mostly safe", null, null,
                            null, HowActioned.WORKSHOP)), y.audits());
        }
    }

    @Test
    void actionsComeBackByRefWithPartnershipWideAsNoAgency() throws IOException {
        try (Database db = small()) {
            assertEquals(List.of(
                    new ActionRecord("A1", ActionSource.THEMATIC, "neglect", null, "Publish briefing", d("2018-11-01"),
                            d("2019-02-28"), ActionStatus.OPEN, null, null, null),
                    new ActionRecord("A2", ActionSource.S11, "2018", "H", "Refresh policy", d("2018-11-01"),
                            d("2019-01-31"), ActionStatus.COMPLETE, d("2019-01-10"), "Policy published",
                            "Staff confident"),
                    new ActionRecord("A3", ActionSource.SCHOOL_AUDIT, "2018", "S2", "Retrain staff", d("2018-11-01"),
                            d("2019-03-31"), ActionStatus.IN_PROGRESS, null, null, null),
                    new ActionRecord("A4", ActionSource.SINGLE_AGENCY_AUDIT, "2018-19", "P", "Joint audit",
                            d("2018-11-01"), d("2019-03-31"), ActionStatus.CANCELLED, null, null, null)),
                    AuditQueries.actions(db));
        }
    }

    @Test
    void theSmallDatasetThroughQueryAndAnalysis() throws IOException {
        try (Database db = small()) {
            // 2018: H submitted on the due day, P not yet: 1 of 2 returned, 1 of 2 on time.
            Section11Overview o = Section11Analysis.analyse(AuditQueries.section11(db, "2018"),
                    AuditQueries.previousSection11(db, "2018"), d("2018-11-01"), WD);
            assertEquals(new Ratio(1, 2), o.returnRate());
            assertEquals(new Ratio(1, 2), o.onTimeRate());
            assertEquals("2016", o.comparison().orElseThrow().previousCycle());
            // Schools S1 and S2 both returned; S2 has a red, so it is flagged.
            SchoolsOverview s = SchoolAuditAnalysis.analyse(AuditQueries.schoolAudits(db, "2018"));
            assertEquals(new Ratio(2, 2), s.returnRate());
            assertEquals(List.of("S2"), s.flagged().stream().map(f -> f.school().code()).toList());
            // As of 1 March 2019 A1 (open, due 28 Feb) is 1 day overdue and comes first.
            ActionRegister r = ActionTracker.register(AuditQueries.actions(db), AuditQueries.agencies(db),
                    d("2019-03-01"));
            assertEquals("A1", r.actions().get(0).action().actionRef());
            assertEquals(1, r.actions().get(0).daysOverdue());
            assertEquals("Partnership-wide", r.actions().get(0).owner());
        }
    }

    @Test
    void theSampleRunsThroughQueryAndAnalysis() {
        try (Database db = Database.open(dir.resolve("sample.db"))) {
            Ingest.ingest(Path.of("sample-data"), db);
            List<String> cycles = AuditQueries.section11Cycles(db);
            assertTrue(cycles.containsAll(List.of("2016", "2018")), cycles.toString());
            LocalDate asOf = d("2019-03-31");
            for (String cycle : cycles) {
                Section11Cycle c = AuditQueries.section11(db, cycle);
                Section11Overview o = Section11Analysis.analyse(c, AuditQueries.previousSection11(db, cycle), asOf,
                        WD);
                assertEquals(8, o.standards().size());
                assertEquals(c.returns().size(), o.returnRate().denominator());
                assertTrue(o.profiles().stream().allMatch(p -> p.cells().size() == 8));
                assertEquals(cycle.equals("2016"), o.comparison().isEmpty(), cycle);
            }
            assertEquals("2016", Section11Analysis.analyse(AuditQueries.section11(db, "2018"),
                    AuditQueries.previousSection11(db, "2018"), asOf, WD).comparison().orElseThrow().previousCycle());

            List<Agency> agencies = AuditQueries.agencies(db);
            long schools = agencies.stream().filter(Agency::isSchool).count();
            assertTrue(schools > 0);
            for (String cycle : AuditQueries.schoolAuditCycles(db)) {
                SchoolsOverview s = SchoolAuditAnalysis.analyse(AuditQueries.schoolAudits(db, cycle));
                assertEquals(14, s.areas().size());
                assertEquals(schools, s.returnRate().denominator());
                long returners = s.returns().stream().filter(SchoolsOverview.SchoolReturn::returned).count();
                assertTrue(s.areas().stream().allMatch(a -> a.rated() + a.notRated() == returners));
            }
            assertTrue(AuditQueries.schoolAuditCycles(db).contains("2018"));

            assertTrue(AuditQueries.singleAgencyAuditYears(db).contains("2018-19"));
            SingleAgencyAuditYear y = AuditQueries.singleAgencyAudits(db, "2018-19");
            SingleAgencyOverview so = SingleAgencyAuditAnalysis.analyse(y,
                    SingleAgencyAuditAnalysis.defaultDue(ReportingYear.parse("2018-19", 4)), asOf);
            assertEquals(y.audits().size(), so.lines().size());
            assertFalse(so.lines().isEmpty());

            List<ActionRecord> actions = AuditQueries.actions(db);
            ActionRegister r = ActionTracker.register(actions, agencies, asOf);
            assertFalse(actions.isEmpty());
            assertEquals(actions.size(), r.actions().size());
            assertTrue(r.actions().stream().allMatch(t -> t.rag() != null));
            assertEquals(actions.size(), r.totals().total());
            assertEquals(actions.size(), r.bySource().stream().mapToInt(x -> x.counts().total()).sum());
            assertEquals(actions.size(), r.byAgency().stream().mapToInt(x -> x.counts().total()).sum());
            assertNotNull(r.completion());
            // Same database, same answer: the analysis is a function of its input.
            assertEquals(r, ActionTracker.register(AuditQueries.actions(db), AuditQueries.agencies(db), asOf));
        }
    }
}
