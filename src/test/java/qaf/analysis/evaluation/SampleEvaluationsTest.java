package qaf.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.ReportingYear;
import qaf.calendar.WorkingDays;
import qaf.ingest.Ingest;
import qaf.store.Database;
import qaf.store.EvaluationQueries;
import qaf.store.PartnershipQueries;

/**
 * The committed sample through the store query and the analysis: structural facts only (the sample
 * is generated, so exact figures belong to the generator's tests), checked against the CSV files
 * read independently.
 */
class SampleEvaluationsTest {
    private static final Path SAMPLE = Path.of("sample-data");
    private static final LocalDate AS_OF = LocalDate.of(2019, 3, 31);

    @TempDir
    static Path dir;

    private static List<EvaluationData> all;
    private static List<EvaluationFindings> findings;
    private static int yearStartMonth;

    @BeforeAll
    static void load() {
        try (Database db = Database.open(dir.resolve("qaf.db"))) {
            Ingest.ingest(SAMPLE, db);
            PartnershipQueries.Partnership p = PartnershipQueries.partnership(db);
            yearStartMonth = p.yearStartMonth();
            WorkingDays wd = new WorkingDays(BankHolidays.load(Nation.fromId(p.bankHolidays())));
            all = EvaluationQueries.all(db);
            findings = all.stream().map(d -> EvaluationFindings.of(d, wd, AS_OF)).toList();
            assertEquals(all, EvaluationQueries.year(db, new ReportingYear(2018, yearStartMonth)));
        }
    }

    private static List<CSVRecord> csv(String file) throws IOException {
        try (CSVParser p = CSVParser.parse(SAMPLE.resolve(file), StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    @Test
    void fiveEvaluationsWithEveryCaseAndGradeLoaded() throws IOException {
        assertEquals(List.of("MACE-1819-F1", "MACE-1819-F2", "MACE-1819-C1", "MACE-1819-F3", "MACE-1819-C2"),
                all.stream().map(d -> d.evaluation().ref()).toList());
        assertEquals(csv("evaluation_cases.csv").size(), all.stream().mapToInt(d -> d.cases().size()).sum());
        assertEquals(csv("agency_evaluations.csv").size(), all.stream().mapToInt(d -> d.grades().size()).sum());
        assertEquals(csv("close_the_loop.csv").size(), all.stream().mapToInt(d -> d.returns().size()).sum());
    }

    @Test
    void everyFinalGradeIsThePanelGradeOrTheUnchangedSelfGrade() throws IOException {
        List<CSVRecord> rows = csv("agency_evaluations.csv");
        List<AgencyGrade> grades = all.stream().flatMap(d -> d.grades().stream()).toList();
        for (CSVRecord row : rows) {
            AgencyGrade g = grades.stream().filter(x -> x.evaluationRef().equals(row.get("evaluation_ref"))
                    && x.caseRef().equals(row.get("case_ref")) && x.agencyCode().equals(row.get("agency_code")))
                    .findFirst().orElseThrow();
            String panel = row.get("panel_grade");
            String expected = panel.isBlank() ? row.get("self_grade") : panel;
            assertEquals(expected, g.finalGrade().id(), row.toString());
        }
    }

    @Test
    void findingsAreConsistentForEveryEvaluation() {
        for (EvaluationFindings f : findings) {
            String ref = f.evaluation().ref();
            int graded = f.cases().stream().mapToInt(c -> c.grades().size()).sum();
            assertEquals(graded, f.overall().graded(), ref);
            assertEquals(graded, f.overall().regrading().total(), ref);
            assertEquals(graded, f.byAgency().stream().mapToInt(g -> g.summary().graded()).sum(), ref);
            long low = f.cases().stream().flatMap(c -> c.grades().stream())
                    .filter(g -> !g.finalGrade().isGoodOrBetter()).count();
            assertEquals(low, f.closeTheLoop().expected().size(), ref);
            assertTrue(f.timetable().timetable().isPresent(), ref + ": " + f.timetable().note());
            assertEquals(2 * graded, f.submissions().size(), ref);
            assertEquals(f.cases().size(), f.childVoice().total(), ref);
        }
    }

    @Test
    void onlyTheBankHolidayStartIsAdjusted() {
        // MACE-1819-F1 starts on Monday 7 May 2018, the Early May bank holiday, as the framework's own did.
        assertEquals(List.of(true, false, false, false, false),
                findings.stream().map(f -> f.timetable().adjusted()).toList());
        assertEquals(LocalDate.of(2018, 5, 8), findings.get(0).timetable().dayOne());
        assertTrue(findings.get(0).flags().stream().anyMatch(f -> f.kind() == Flag.Kind.TIMETABLE));
    }

    @Test
    void trendsAcrossTheSampleYear() {
        Trend csc = Trends.forAgency(all, "CSC", yearStartMonth);
        assertFalse(csc.byEvaluation().isEmpty());
        assertEquals(1, csc.byYear().size());
        int cscGrades = (int) all.stream().flatMap(d -> d.grades().stream())
                .filter(g -> g.agencyCode().equals("CSC")).count();
        assertEquals(cscGrades, csc.byYear().get(0).finalGoodOrBetter().denominator());
        assertEquals(5, GradeAnalysis.byTheme(all).size());
    }
}
