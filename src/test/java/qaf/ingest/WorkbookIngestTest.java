package qaf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static qaf.ingest.TestDatasets.copy;
import static qaf.ingest.WorkbookFixtures.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.store.Database;
import qaf.store.Dump;

/** Workbooks and forms beside CSVs: the same database as the equivalent CSVs, problems placed at the cell. */
class WorkbookIngestTest {
    @TempDir
    Path tmp;

    private String ingestDump(Path dataset, String db) {
        try (Database d = Database.open(tmp.resolve(db + "/qaf.db"))) {
            Ingest.ingest(dataset, d);
            return Dump.allTables(d);
        }
    }

    private List<String> rejected(Path dataset) {
        try (Database d = Database.open(tmp.resolve("rejected/qaf.db"))) {
            IngestRejected e = assertThrows(IngestRejected.class, () -> Ingest.ingest(dataset, d));
            return e.problems().stream().map(Problem::format).toList();
        }
    }

    /** The full dataset with chronology, agency_evaluations and close_the_loop as a workbook and a form. */
    private Path asReturns(String name) {
        Path full = copy("full", tmp.resolve(name + "-csv"));
        Path dir = copy("full", tmp.resolve(name));
        List<List<String>> chronology = csv(full.resolve("chronology.csv"));
        List<List<String>> grades = csv(full.resolve("agency_evaluations.csv"));
        List<List<String>> loop = csv(full.resolve("close_the_loop.csv"));
        try {
            Files.delete(dir.resolve("chronology.csv"));
            Files.delete(dir.resolve("agency_evaluations.csv"));
            Files.delete(dir.resolve("close_the_loop.csv"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        XSSFWorkbook wb = new XSSFWorkbook();
        // A merged title above the table, the table's first three entries, the rest typed below it.
        XSSFSheet sheet = wb.createSheet("Chronology");
        sheet.createRow(0).createCell(0).setCellValue("Chronology — Northvale returns");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        WorkbookFixtures.table(wb, "Chronology", "chronology", "A3", chronology.subList(0, 4), false);
        WorkbookFixtures.table(wb, "Chronology", "junk", "A20", List.of(List.of("note"), List.of("ignored")), false);
        List<List<String>> below = new ArrayList<>(chronology.subList(3, chronology.size()));
        below.set(0, chronology.get(0));
        XSSFWorkbook scratch = new XSSFWorkbook();
        // Rows past the table: written as a throwaway table's body, then moved into this sheet untabled.
        var rest = WorkbookFixtures.table(scratch, "x", "x", "A1", below, false);
        XSSFSheet from = scratch.getSheet("x");
        for (int r = 1; r <= from.getLastRowNum(); r++) {
            XSSFRow src = from.getRow(r);
            XSSFRow dst = sheet.createRow(5 + r);
            for (var cell : src) {
                var c = dst.createCell(cell.getColumnIndex());
                switch (cell.getCellType()) {
                    case NUMERIC -> {
                        c.setCellValue(cell.getNumericCellValue());
                        var style = wb.createCellStyle();
                        style.setDataFormat(wb.createDataFormat().getFormat(cell.getCellStyle().getDataFormatString()));
                        c.setCellStyle(style);
                    }
                    case BOOLEAN -> c.setCellValue(cell.getBooleanCellValue());
                    default -> c.setCellValue(cell.getStringCellValue());
                }
            }
        }
        assertEquals("x", rest.getName());
        // An entry ref as a formula, whose cached value is read.
        sheet.getRow(3).getCell(2).setCellFormula("\"P-\"&\"1\"");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        // Self-evaluations: numbers and dates stored as text, a hidden row, two trailing blank rows.
        List<List<String>> withBlanks = new ArrayList<>(grades);
        withBlanks.add(List.of("", "", ""));
        withBlanks.add(List.of("", "", ""));
        WorkbookFixtures.table(wb, "Self-evaluation", "agency_evaluations.1", "B2", withBlanks, true);
        wb.getSheet("Self-evaluation").getRow(3).setZeroHeight(true);
        WorkbookFixtures.save(wb, dir.resolve("returns.xlsx"));

        List<String> header = loop.get(0);
        List<String> row = loop.get(1);
        List<String[]> controls = new ArrayList<>();
        controls.add(new String[] {"intro", "not a dataset control"});
        for (int i = 0; i < header.size(); i++) {
            String value = row.get(i).isEmpty() ? null : row.get(i);
            String kind = header.get(i).equals("returned_on") ? "date"
                    : header.get(i).equals("worker_notified") ? "checkbox" : "text";
            controls.add(new String[] {"close_the_loop." + header.get(i), value, kind});
        }
        WorkbookFixtures.form(dir.resolve("close-the-loop POL.docx"), controls);
        return dir;
    }

    @Test
    void aWorkbookAndAFormMakeTheDatabaseTheirCsvFilesMake() {
        String fromCsv = ingestDump(copy("full", tmp.resolve("csv")), "a");
        Path returns = asReturns("returns");
        assertEquals(fromCsv, ingestDump(returns, "b"));
    }

    @Test
    void ingestingTheSameReturnsAgainChangesNothing() {
        Path returns = asReturns("again");
        try (Database d = Database.open(tmp.resolve("again-db/qaf.db"))) {
            Ingest.ingest(returns, d);
            String before = Dump.allTables(d);
            IngestResult second = Ingest.ingest(returns, d);
            assertEquals(0, second.inserted() + second.updated());
            assertEquals(before, Dump.allTables(d));
        }
    }

    private static void editSelfEvaluation(Path file, int row, int column, String value) throws IOException {
        XSSFWorkbook wb;
        try (var in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        wb.getSheet("Self-evaluation").getRow(row).getCell(column).setCellValue(value);
        WorkbookFixtures.save(wb, file);
    }

    @Test
    void aGradeNotInTheListIsPlacedAtItsCellWithoutQuotingOtherCells() throws IOException {
        Path returns = asReturns("grade");
        editSelfEvaluation(returns.resolve("returns.xlsx"), 2, 4, "brilliant");
        assertEquals(List.of("returns.xlsx:Self-evaluation!E3: self_grade: unknown value 'brilliant' — use one of:"
                + " outstanding, good, requires-improvement, inadequate"), rejected(returns));
    }

    @Test
    void aDateInATextCellThatIsNotADateIsPlacedAtItsCell() throws IOException {
        Path returns = asReturns("date");
        editSelfEvaluation(returns.resolve("returns.xlsx"), 2, 8, "31/09/2018");
        assertEquals(List.of("returns.xlsx:Self-evaluation!I3: evaluation_submitted_on: "
                + "day out of range for that month and year (no such date) — write the date as yyyy-mm-dd or dd/mm/yyyy"),
                rejected(returns));
    }

    @Test
    void anUnknownAgencyInAWorkbookRowIsPlacedAtItsCell() throws IOException {
        Path returns = asReturns("agency");
        editSelfEvaluation(returns.resolve("returns.xlsx"), 3, 3, "NOPE");
        assertEquals(List.of("returns.xlsx:Self-evaluation!D4: agency_code: unknown agency_code 'NOPE' — it is in"
                + " neither agencies.csv nor the database; add it to agencies.csv or correct the ref"), rejected(returns));
    }

    @Test
    void aDuplicateKeyAcrossAWorkbookAndACsvFileNamesBothPlaces() throws IOException {
        Path returns = asReturns("duplicate");
        Files.writeString(returns.resolve("agency_evaluations.csv"), String.join("\n",
                Files.readAllLines(tmp.resolve("duplicate-csv/agency_evaluations.csv")).subList(0, 2)) + "\n");
        assertEquals(List.of("returns.xlsx:Self-evaluation!B3: evaluation_ref: duplicate key (evaluation_ref"
                + " 'MACE-2018-01', case_ref 'C-0101', agency_code 'POL'), first at agency_evaluations.csv line 2 —"
                + " remove or merge one of the two rows"), rejected(returns));
    }

    @Test
    void aMacroEnabledWorkbookIsRefused() throws IOException {
        Path returns = asReturns("macro");
        Files.move(returns.resolve("returns.xlsx"), returns.resolve("returns.xlsm"));
        Files.delete(returns.resolve("close-the-loop POL.docx"));
        assertEquals(List.of("returns.xlsm: a macro-enabled workbook — qaf does not open files that carry macros;"
                + " save it as Excel Workbook (.xlsx) and ingest that"), rejected(returns));
    }

    @Test
    void anEncryptedWorkbookIsRefused() throws Exception {
        Path returns = asReturns("encrypted");
        Path plain = returns.resolve("returns.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("Ciarán-2026");
            try (var in = org.apache.poi.openxml4j.opc.OPCPackage.open(plain.toFile());
                    OutputStream os = enc.getDataStream(fs)) {
                in.save(os);
            }
            Path locked = returns.resolve("locked.xlsx");
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        Files.delete(plain);
        Files.delete(returns.resolve("close-the-loop POL.docx"));
        assertEquals(List.of("locked.xlsx: encrypted (protected with a password to open) — qaf cannot read it; remove"
                + " the password (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, clear it) and save again"),
                rejected(returns));
    }

    @Test
    void lockFilesThatOfficeLeavesAreSkipped() throws IOException {
        Path returns = asReturns("lock");
        Files.writeString(returns.resolve("~$returns.xlsx"), "owner file");
        Files.writeString(returns.resolve(".~lock.returns.xlsx#"), "lock");
        assertEquals(ingestDump(copy("full", tmp.resolve("lock-csv2")), "l1"), ingestDump(returns, "l2"));
    }

    @Test
    void aFormWithAControlForAnUnknownFileIsRefused() {
        Path returns = copy("full", tmp.resolve("unknown-form"));
        WorkbookFixtures.form(returns.resolve("form.docx"), List.<String[]>of(
                new String[] {"close_loop.lead_person", "Aoife Ní Bhriain"}));
        assertEquals(List.of("form.docx:close_loop.lead_person: not a dataset file — a control's tag is"
                + " <file>.<column> naming a file of the dataset format, e.g. close_the_loop.returned_on"),
                rejected(returns));
    }

    @Test
    void aFormMissingARequiredControlSaysWhichTag() {
        Path returns = copy("full", tmp.resolve("short-form"));
        WorkbookFixtures.form(returns.resolve("form.docx"), List.<String[]>of(
                new String[] {"close_the_loop.evaluation_ref", "MACE-2018-01"},
                new String[] {"close_the_loop.case_ref", "C-0101"},
                new String[] {"close_the_loop.agency_code", "CSC"},
                new String[] {"close_the_loop.lead_person", "Łukasz Nowak"},
                new String[] {"close_the_loop.returned_on", "2018-10-31", "date"}));
        assertEquals(List.of("form.docx:close_the_loop.worker_notified: no control tagged"
                + " close_the_loop.worker_notified — the form needs one"), rejected(returns));
    }
}
