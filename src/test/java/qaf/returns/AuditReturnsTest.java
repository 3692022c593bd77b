package qaf.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.WorkingDays;
import qaf.ingest.Ingest;
import qaf.ingest.IngestRejected;
import qaf.ingest.Problem;
import qaf.store.Database;
import qaf.store.Dump;

/** Section 11 and schools audit workbooks: issue → fill in as the agency would → ingest equals the CSVs. */
class AuditReturnsTest {
    @TempDir
    Path tmp;

    private static Path full() {
        try {
            return Path.of(AuditReturnsTest.class.getResource("/datasets/full").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The full dataset without the files named (actions.csv refers to the schools audit). */
    private Path base(String... without) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("base"));
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

    private String dump(String name, Path... datasets) {
        try (Database d = Database.open(tmp.resolve(name + "/qaf.db"))) {
            for (Path dataset : datasets) {
                Ingest.ingest(dataset, d);
            }
            return Dump.allTables(d);
        }
    }

    private interface Issuer {
        List<Path> issue(ReturnsIssue issue, Path out) throws Exception;
    }

    /** Issues from the base, fills each workbook with the CSV file's rows (number column {@code item}). */
    private Path filled(Path base, Issuer issuer, String file, String item, List<String> columns,
            List<String> expectedFiles) throws Exception {
        Path out = tmp.resolve("issued");
        try (Database d = Database.open(tmp.resolve("issuer/qaf.db"))) {
            Ingest.ingest(base, d);
            List<Path> files = issuer.issue(new ReturnsIssue(d, "Northvale", new WorkingDays(BankHolidays.load(
                    Nation.ENGLAND_AND_WALES)), LocalDate.of(2018, 4, 2), "test"), out);
            assertEquals(expectedFiles, files.stream().map(p -> p.getFileName().toString()).toList());
        }
        List<List<String>> rows = csv(file);
        Path returns = Files.createDirectories(tmp.resolve("returns"));
        Files.copy(full().resolve("agencies.csv"), returns.resolve("agencies.csv"));
        for (String name : expectedFiles) {
            XSSFWorkbook wb = AgencyFilling.open(out.resolve(name));
            XSSFSheet sheet = wb.getSheetAt(0);
            int h = AgencyFilling.headerRow(sheet, "cycle");
            for (List<String> row : rows.subList(1, rows.size())) {
                if (!name.contains("-" + row.get(1) + ".xlsx")) {
                    continue;
                }
                int n = Integer.parseInt(row.get(rows.get(0).indexOf(item)));
                for (String column : columns) {
                    AgencyFilling.type(sheet, h, h + n, column, row.get(rows.get(0).indexOf(column)), false);
                }
            }
            AgencyFilling.save(wb, returns.resolve(name));
        }
        return returns;
    }

    private Path csvOf(String file, List<String> keep) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("csv"));
        Files.copy(full().resolve("agencies.csv"), dir.resolve("agencies.csv"));
        List<List<String>> rows = csv(file);
        StringBuilder b = new StringBuilder();
        for (List<String> row : rows) {
            b.append(String.join(",", keep.stream().map(c -> {
                String v = row.get(rows.get(0).indexOf(c));
                return v.contains(",") ? "\"" + v + "\"" : v;
            }).toList())).append('\n');
        }
        Files.writeString(dir.resolve(file), b.toString());
        return dir;
    }

    @Test
    void section11WorkbooksFilledInMakeTheDatabaseTheCsvFileMakes() throws Exception {
        Path base = base("s11_scores.csv");
        Path returns = filled(base, (i, o) -> i.s11("2018", o), "s11_scores.csv", "standard",
                List.of("self_score", "evidence", "improvement", "deadline"),
                List.of("s11-2018-CSC.xlsx", "s11-2018-POL.xlsx"));
        Path csv = csvOf("s11_scores.csv", List.of("cycle", "agency_code", "standard", "self_score", "evidence",
                "improvement", "deadline"));
        assertEquals(dump("csv", base, csv), dump("returns", base, returns));
    }

    @Test
    void schoolsAuditWorkbooksFilledInMakeTheDatabaseTheCsvFileMakes() throws Exception {
        Path base = base("school_audits.csv", "actions.csv");
        Path returns = filled(base, (i, o) -> i.schools("2018", o), "school_audits.csv", "area",
                List.of("rating", "submitted_on", "action"), List.of("schools-2018-SCH1.xlsx"));
        assertEquals(dump("csv", base, csvOf("school_audits.csv", csv("school_audits.csv").get(0))),
                dump("returns", base, returns));
    }

    @Test
    void aRatingNotInTheListIsRefusedAtItsCell() throws Exception {
        Path base = base("school_audits.csv", "actions.csv");
        Path returns = filled(base, (i, o) -> i.schools("2018", o), "school_audits.csv", "area",
                List.of("rating", "submitted_on", "action"), List.of("schools-2018-SCH1.xlsx"));
        Path file = returns.resolve("schools-2018-SCH1.xlsx");
        XSSFWorkbook wb = AgencyFilling.open(file);
        XSSFSheet sheet = wb.getSheetAt(0);
        AgencyFilling.type(sheet, 3, 5, "rating", "purple", true);
        AgencyFilling.save(wb, file);
        try (Database d = Database.open(tmp.resolve("rejected/qaf.db"))) {
            Ingest.ingest(base, d);
            IngestRejected e = assertThrows(IngestRejected.class, () -> Ingest.ingest(returns, d));
            assertEquals(List.of("schools-2018-SCH1.xlsx:Schools safeguarding audit!D6: rating: unknown value"
                    + " 'purple' — use one of: red, amber, green"), e.problems().stream().map(Problem::format).toList());
        }
    }

    @Test
    void singleAgencyFormsFilledInMakeTheDatabaseTheCsvFileMakesAndUnfilledOnesAddNothing() throws Exception {
        Path base = base("single_agency_audits.csv", "actions.csv");
        Path out = tmp.resolve("issued-e");
        try (Database d = Database.open(tmp.resolve("issuer-e/qaf.db"))) {
            Ingest.ingest(base, d);
            List<Path> files = new ReturnsIssue(d, "Northvale", new WorkingDays(BankHolidays.load(
                    Nation.ENGLAND_AND_WALES)), LocalDate.of(2019, 2, 1), "test").singleAgency("2018-19", out);
            assertEquals(6, files.size());
        }
        Path returns = Files.createDirectories(tmp.resolve("returns-e"));
        Files.copy(full().resolve("agencies.csv"), returns.resolve("agencies.csv"));
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.toList()) {
                Files.copy(f, returns.resolve(f.getFileName()));
            }
        }
        var pkg = org.docx4j.openpackaging.packages.WordprocessingMLPackage.load(
                out.resolve("single-agency-2018-19-PRB.docx").toFile());
        AgencyFilling.fillControl(pkg, "single_agency_audits.submitted_on", "01/03/2019");
        AgencyFilling.fillControl(pkg, "single_agency_audits.audit_activity", "Case file audit");
        AgencyFilling.fillControl(pkg, "single_agency_audits.how_actioned", "workshop");
        pkg.save(returns.resolve("single-agency-2018-19-PRB.docx").toFile());
        Path csv = Files.createDirectories(tmp.resolve("csv-e"));
        Files.copy(full().resolve("agencies.csv"), csv.resolve("agencies.csv"));
        Files.copy(full().resolve("single_agency_audits.csv"), csv.resolve("single_agency_audits.csv"));
        assertEquals(dump("csv-e-db", base, csv), dump("returns-e-db", base, returns));
    }
}
