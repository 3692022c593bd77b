package qaf.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.WorkingDays;
import qaf.ingest.Ingest;
import qaf.ingest.IngestRejected;
import qaf.ingest.IngestResult;
import qaf.ingest.Problem;
import qaf.store.Database;
import qaf.store.Dump;

/**
 * Issue → fill in as an agency would → ingest: the database equals the one the equivalent CSV files
 * make, a second ingest changes nothing, and a return altered to another agency's or evaluation's
 * rows is refused.
 */
class ReturnsRoundTripTest {
    private static final String EVALUATION = "MACE-2018-01";
    private static final LocalDate ISSUED = LocalDate.of(2018, 9, 3);

    @TempDir
    Path tmp;

    private static Path full() {
        try {
            return Path.of(ReturnsRoundTripTest.class.getResource("/datasets/full").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The full dataset without the files named: what the partnership holds before the returns. */
    private Path base(String name, String... without) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        try (Stream<Path> files = Files.list(full())) {
            for (Path f : files.toList()) {
                if (!List.of(without).contains(f.getFileName().toString())) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
        }
        return dir;
    }

    private static List<List<String>> csv(String file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(Files.readString(full().resolve(file))))) {
            List<String> cells = new ArrayList<>();
            r.forEach(cells::add);
            rows.add(cells);
        }
        return rows;
    }

    private static String cell(List<List<String>> rows, List<String> row, String column) {
        return row.get(rows.get(0).indexOf(column));
    }

    static ReturnsIssue issuer(Database db) {
        return new ReturnsIssue(db, "Northvale Safeguarding Partnership",
                new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES)), ISSUED, "test");
    }

    /** Each agency fills in its workbook from the rows of the full dataset's CSVs; CSC types its dates as text. */
    private Path filledEvaluationReturns(Path out) throws IOException {
        List<List<String>> grades = csv("agency_evaluations.csv");
        List<List<String>> chronology = csv("chronology.csv");
        List<String> cases = List.of("C-0101", "C-0102");
        Path returns = Files.createDirectories(tmp.resolve("returns"));
        Files.copy(full().resolve("agencies.csv"), returns.resolve("agencies.csv"));
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.sorted().toList()) {
                String agency = file.getFileName().toString().replace(EVALUATION + "-", "").replace(".xlsx", "");
                boolean asText = agency.equals("CSC");
                XSSFWorkbook wb = AgencyFilling.open(file);
                XSSFSheet self = wb.getSheet("Self-evaluation");
                int header = AgencyFilling.headerRow(self, "evaluation_ref");
                for (List<String> g : grades.subList(1, grades.size())) {
                    if (!cell(grades, g, "agency_code").equals(agency)) {
                        continue;
                    }
                    int r = header + 1 + cases.indexOf(cell(grades, g, "case_ref"));
                    for (String column : List.of("self_grade", "chronology_submitted_on", "evaluation_submitted_on",
                            "strengths", "improvements")) {
                        AgencyFilling.type(self, header, r, column, cell(grades, g, column), asText);
                    }
                }
                for (int i = 0; i < cases.size(); i++) {
                    XSSFSheet sheet = wb.getSheet("Chronology " + cases.get(i));
                    int h = AgencyFilling.headerRow(sheet, "case_ref");
                    int r = h + 1;
                    for (List<String> entry : chronology.subList(1, chronology.size())) {
                        if (!cell(chronology, entry, "agency_code").equals(agency)
                                || !cell(chronology, entry, "case_ref").equals(cases.get(i))) {
                            continue;
                        }
                        // The first entry in the table's row, the others typed below it, past the table;
                        // the keys are left blank there, as an agency leaves them.
                        for (String column : chronology.get(0).subList(2, chronology.get(0).size())) {
                            AgencyFilling.type(sheet, h, r, column, cell(chronology, entry, column), asText);
                        }
                        r++;
                    }
                }
                AgencyFilling.save(wb, returns.resolve(file.getFileName()));
            }
        }
        return returns;
    }

    /** The same rows as CSV files: the columns an agency's workbook has, no more. */
    private Path equivalentCsv() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("equivalent"));
        Files.copy(full().resolve("agencies.csv"), dir.resolve("agencies.csv"));
        Files.copy(full().resolve("chronology.csv"), dir.resolve("chronology.csv"));
        List<List<String>> grades = csv("agency_evaluations.csv");
        StringBuilder b = new StringBuilder();
        List<String> keep = List.of("evaluation_ref", "case_ref", "agency_code", "self_grade",
                "chronology_submitted_on", "evaluation_submitted_on", "strengths", "improvements");
        for (List<String> row : grades) {
            List<String> cells = keep.stream().map(c -> cell(grades, row, c)).toList();
            b.append(String.join(",", cells)).append('\n');
        }
        Files.writeString(dir.resolve("agency_evaluations.csv"), b.toString());
        return dir;
    }

    private String dumpAfter(String db, Path... datasets) {
        try (Database d = Database.open(tmp.resolve(db + "/qaf.db"))) {
            for (Path dataset : datasets) {
                Ingest.ingest(dataset, d);
            }
            return Dump.allTables(d);
        }
    }

    private Path issuedEvaluation(Path base) throws Exception {
        Path out = tmp.resolve("issued");
        try (Database d = Database.open(tmp.resolve("issuer/qaf.db"))) {
            Ingest.ingest(base, d);
            List<Path> files = issuer(d).evaluation(EVALUATION, out);
            assertEquals(List.of("MACE-2018-01-CSC.xlsx", "MACE-2018-01-HV.xlsx", "MACE-2018-01-ICB.xlsx",
                    "MACE-2018-01-POL.xlsx", "MACE-2018-01-PRB.xlsx", "MACE-2018-01-SCH1.xlsx"),
                    files.stream().map(p -> p.getFileName().toString()).toList());
        }
        return out;
    }

    @Test
    void evaluationWorkbooksFilledInAndIngestedMakeTheDatabaseTheCsvFilesMake() throws Exception {
        Path base = base("base", "chronology.csv", "agency_evaluations.csv", "close_the_loop.csv");
        Path returns = filledEvaluationReturns(issuedEvaluation(base));
        String fromCsv = dumpAfter("csv", base, equivalentCsv());
        assertEquals(fromCsv, dumpAfter("returns", base, returns));
        try (Database d = Database.open(tmp.resolve("returns/qaf.db"))) {
            IngestResult again = Ingest.ingest(returns, d);
            assertEquals(0, again.inserted() + again.updated());
            assertEquals(fromCsv, Dump.allTables(d));
        }
    }

    /**
     * Two of the filled-in workbooks as LibreOffice Calc 7.4 saved them (opened and saved again as
     * .xlsx: its own table parts, styles and shared strings, the custom properties kept).
     */
    @Test
    void workbooksSavedByLibreOfficeAreReadTheSame() throws Exception {
        Path base = base("base", "chronology.csv", "agency_evaluations.csv", "close_the_loop.csv");
        Path returns = filledEvaluationReturns(issuedEvaluation(base));
        for (String agency : List.of("HV", "CSC")) {
            String name = "MACE-2018-01-" + agency + ".xlsx";
            try (var in = getClass().getResourceAsStream("/returns/libreoffice/" + name)) {
                Files.copy(in, returns.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertEquals(dumpAfter("csv", base, equivalentCsv()), dumpAfter("returns", base, returns));
    }

    private List<String> rejected(Path base, Path returns) {
        try (Database d = Database.open(tmp.resolve("rejected/qaf.db"))) {
            Ingest.ingest(base, d);
            IngestRejected e = assertThrows(IngestRejected.class, () -> Ingest.ingest(returns, d));
            return e.problems().stream().map(Problem::format).toList();
        }
    }

    private void edit(Path file, String sheet, int rowBelowHeader, String column, String value) {
        XSSFWorkbook wb = AgencyFilling.open(file);
        XSSFSheet s = wb.getSheet(sheet);
        int h = AgencyFilling.headerRow(s, s.getSheetName().startsWith("Chronology") ? "case_ref" : "evaluation_ref");
        AgencyFilling.type(s, h, h + rowBelowHeader, column, value, true);
        AgencyFilling.save(wb, file);
    }

    @Test
    void aReturnChangedToAnotherAgencysRowsIsRefused() throws Exception {
        Path base = base("base", "chronology.csv", "agency_evaluations.csv", "close_the_loop.csv");
        Path returns = filledEvaluationReturns(issuedEvaluation(base));
        edit(returns.resolve("MACE-2018-01-POL.xlsx"), "Self-evaluation", 1, "agency_code", "CSC");
        assertEquals(List.of("MACE-2018-01-POL.xlsx:Self-evaluation!C5: agency_code: this return was issued for"
                + " agency_code 'POL', not 'CSC' — a return holds only the rows it was issued for; send this row in"
                + " the return for 'CSC' or ask the partnership for one"), rejected(base, returns));
    }

    @Test
    void aReturnChangedToAnotherEvaluationIsRefused() throws Exception {
        Path base = base("base", "chronology.csv", "agency_evaluations.csv", "close_the_loop.csv");
        Path returns = filledEvaluationReturns(issuedEvaluation(base));
        edit(returns.resolve("MACE-2018-01-HV.xlsx"), "Self-evaluation", 1, "evaluation_ref", "MACE-2018-02");
        assertEquals(List.of("MACE-2018-01-HV.xlsx:Self-evaluation!A5: evaluation_ref: this return was issued for"
                + " evaluation_ref 'MACE-2018-01', not 'MACE-2018-02' — a return holds only the rows it was issued"
                + " for; send this row in the return for 'MACE-2018-02' or ask the partnership for one"),
                rejected(base, returns));
    }

    @Test
    void aGradeNotInTheListIsRefusedAtItsCell() throws Exception {
        Path base = base("base", "chronology.csv", "agency_evaluations.csv", "close_the_loop.csv");
        Path returns = filledEvaluationReturns(issuedEvaluation(base));
        edit(returns.resolve("MACE-2018-01-CSC.xlsx"), "Self-evaluation", 2, "self_grade", "very good");
        assertEquals(List.of("MACE-2018-01-CSC.xlsx:Self-evaluation!D6: self_grade: unknown value 'very good' — use"
                + " one of: outstanding, good, requires-improvement, inadequate"), rejected(base, returns));
    }

    @Test
    void aDateTypedAsTextThatIsNotADateIsRefusedAtItsCell() throws Exception {
        Path base = base("base", "chronology.csv", "agency_evaluations.csv", "close_the_loop.csv");
        Path returns = filledEvaluationReturns(issuedEvaluation(base));
        edit(returns.resolve("MACE-2018-01-CSC.xlsx"), "Chronology C-0101", 1, "date", "the 15th");
        assertEquals(List.of("MACE-2018-01-CSC.xlsx:Chronology C-0101!D5: date: not a date in yyyy-mm-dd, dd/mm/yyyy,"
                + " yyyy-mm or yyyy form — write the date as yyyy-mm-dd, dd/mm/yyyy, yyyy-mm or yyyy"), rejected(base, returns));
    }

    @Test
    void aRenamedTableIsRefusedRatherThanItsRowsLost() throws Exception {
        Path base = base("base", "chronology.csv", "agency_evaluations.csv", "close_the_loop.csv");
        Path returns = filledEvaluationReturns(issuedEvaluation(base));
        Path file = returns.resolve("MACE-2018-01-HV.xlsx");
        XSSFWorkbook wb = AgencyFilling.open(file);
        var table = wb.getSheet("Chronology C-0101").getTables().get(0);
        table.setName("HealthVisits");
        table.setDisplayName("HealthVisits");
        AgencyFilling.save(wb, file);
        assertEquals(List.of("MACE-2018-01-HV.xlsx: the table chronology.1 is missing: it was renamed or deleted —"
                + " qaf issued this workbook with it; give the table its name back (Table Design ▸ Table Name) or ask"
                + " the partnership for a new form"), rejected(base, returns));
    }

    @Test
    void anIssuedWorkbookNamesTheChildByPseudonymOnly() throws Exception {
        Path base = base("base", "chronology.csv", "agency_evaluations.csv", "close_the_loop.csv");
        Path out = issuedEvaluation(base);
        String text = WorkbookText.of(out.resolve("MACE-2018-01-POL.xlsx"));
        for (List<String> child : csv("children.csv").subList(1, csv("children.csv").size())) {
            assertTrue(!text.contains(child.get(1)) && !text.contains(child.get(2)),
                    "a child's name in the issued workbook");
        }
        assertTrue(text.contains("Chronology — case C-0101"), text);
    }

    @Test
    void closeTheLoopFormFilledInAndIngestedMakesTheDatabaseTheCsvFileMakes() throws Exception {
        Path base = base("base-ctl", "close_the_loop.csv");
        Path out = tmp.resolve("issued-ctl");
        try (Database d = Database.open(tmp.resolve("issuer-ctl/qaf.db"))) {
            Ingest.ingest(base, d);
            List<Path> files = issuer(d).closeTheLoop(EVALUATION, out);
            assertEquals(List.of("MACE-2018-01-C-0101-POL-close-the-loop.docx"),
                    files.stream().map(p -> p.getFileName().toString()).toList());
        }
        Path returns = Files.createDirectories(tmp.resolve("returns-ctl"));
        Files.copy(full().resolve("agencies.csv"), returns.resolve("agencies.csv"));
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(out.resolve(
                "MACE-2018-01-C-0101-POL-close-the-loop.docx").toFile());
        AgencyFilling.fillControl(pkg, "close_the_loop.lead_person", "DI Siobhán Kearney");
        AgencyFilling.fillControl(pkg, "close_the_loop.returned_on", "30/10/2018");
        AgencyFilling.fillControl(pkg, "close_the_loop.worker_notified", "Yes");
        pkg.save(returns.resolve("returned.docx").toFile());
        Path csv = Files.createDirectories(tmp.resolve("csv-ctl"));
        Files.copy(full().resolve("agencies.csv"), csv.resolve("agencies.csv"));
        Files.copy(full().resolve("close_the_loop.csv"), csv.resolve("close_the_loop.csv"));
        String fromCsv = dumpAfter("db-csv-ctl", base, csv);
        assertEquals(fromCsv, dumpAfter("db-returns-ctl", base, returns));

        // A name typed with Word's non-breaking hyphen reads with its hyphen, not run together.
        AgencyFilling.fillControl(pkg, "close_the_loop.lead_person", "DI Siobhán Kearney-Ó Briain", true);
        pkg.save(returns.resolve("returned.docx").toFile());
        qaf.ingest.workbook.Grid form = qaf.ingest.workbook.FormReader.read(returns.resolve("returned.docx")).grids().get(0);
        assertEquals("DI Siobhán Kearney-Ó Briain",
                form.rows().get(0).cells().get(form.header().indexOf("lead_person")));

        // The agency code control changed to another agency's: refused from the form's own keys.
        AgencyFilling.fillControl(pkg, "close_the_loop.agency_code", "CSC");
        pkg.save(returns.resolve("returned.docx").toFile());
        assertEquals(List.of("returned.docx:close_the_loop.agency_code: this return was issued for agency_code"
                + " 'POL', not 'CSC' — a return holds only the rows it was issued for; send this row in the return"
                + " for 'CSC' or ask the partnership for one"), rejected(base, returns));
    }
}
