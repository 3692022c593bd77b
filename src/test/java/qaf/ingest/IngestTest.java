package qaf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static qaf.ingest.TestDatasets.copy;
import static qaf.ingest.TestDatasets.read;
import static qaf.ingest.TestDatasets.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.store.Database;
import qaf.store.Dump;

class IngestTest {
    @TempDir
    Path tmp;

    /** Only agencies and children, so a test's own cases.csv is the only file with cases. */
    private Path agenciesAndChildren(String name) {
        Path dir = mkdir(tmp.resolve(name));
        Path full = copy("full", tmp.resolve(name + "-full"));
        write(dir, "agencies.csv", read(full, "agencies.csv"));
        write(dir, "children.csv", read(full, "children.csv"));
        return dir;
    }

    private Database open() {
        return Database.open(tmp.resolve("db/qaf.db"));
    }

    /** The dump line of one row of one table, found by the quoted first key value. */
    private static String row(String dump, String table, String firstKey) {
        boolean inTable = false;
        for (String line : dump.split("\n")) {
            if (line.startsWith("== ")) {
                inTable = line.equals("== " + table);
            } else if (inTable && line.startsWith("'" + firstKey + "' |")) {
                return line;
            }
        }
        throw new AssertionError("no row " + firstKey + " in " + table);
    }

    private static List<String> messages(IngestRejected e) {
        return e.problems().stream().map(Problem::format).toList();
    }

    private IngestRejected rejected(Path dataset) {
        try (Database db = open()) {
            return assertThrows(IngestRejected.class, () -> Ingest.ingest(dataset, db));
        }
    }

    @Test
    void fullDatasetFillsEveryTable() {
        Path dataset = copy("full", tmp.resolve("full"));
        try (Database db = open()) {
            IngestResult result = Ingest.ingest(dataset, db);
            assertEquals(24, result.files().size()); // 23 CSV files and the narrative folder
            assertEquals(result.rowsRead(), result.inserted());
            assertEquals(new FileSummary("chronology.csv", 5, 5, 0, 0), result.files().stream()
                    .filter(f -> f.file().equals("chronology.csv")).findFirst().orElseThrow());
            db.rowCounts().forEach(c -> assertTrue(c.rows() > 0, c.table().sqlName() + " is empty"));
            String dump = Dump.allTables(db);
            assertEquals("'CH-001' | 'Zoë' | 'Nguyễn' | '2016-02-29' | 'female' | 'Mixed - White and Asian' | NULL"
                    + " | 'Child A'", row(dump, "children", "CH-001"), "29/02/2016 is a real date");
            assertTrue(row(dump, "children", "CH-002").endsWith("'Child B'"));
            assertTrue(row(dump, "children", "CH-003").endsWith("'Child Q'"), "a given pseudonym is kept");
            assertEquals("'C-0101' | 'HV' | 'H-1' | '2018-01' | 'month' | NULL | 1 | 'New birth visit (month only).'"
                    + " | 'HV record' | NULL | NULL | 'positive' | 0", findLine(dump, "'C-0101' | 'HV' | 'H-1'"),
                    "a month-precision date, blank key_event is no");
            assertTrue(dump.contains("'C-0101' | 'POL' | 'P-1' | '2018-02-14' | 'day' | '21:40' | 0 |"));
            assertTrue(dump.contains("'C-0101' | 'HV' | 'H-2' | '2016' | 'year' | NULL | 1 |"));
            assertTrue(dump.contains("'Referral received — مرحبا 👋'"), "any Unicode is data");
            assertTrue(dump.contains("'Child A\\'s story: <b>not markup</b> & ${not.a.template}\\nsecond line'"));
            assertTrue(dump.contains("1 | 'Northvale Local Safeguarding Children Partnership' | 'Northvale LSCP'"
                    + " | 'Northvale' | 'england-and-wales' | 4"));
            assertTrue(dump.contains("'B-1' | 'POL' | '2018-11-20' | '' | 0 | NULL"), "blank team is stored as ''");
        }
    }

    private static String findLine(String dump, String prefix) {
        return Arrays.stream(dump.split("\n")).filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void ingestingTheSameDatasetTwiceChangesNothing() {
        Path dataset = copy("full", tmp.resolve("full"));
        try (Database db = open()) {
            Ingest.ingest(dataset, db);
            String before = Dump.allTables(db);
            IngestResult again = Ingest.ingest(dataset, db);
            assertEquals(before, Dump.allTables(db));
            assertEquals(0, again.inserted());
            assertEquals(0, again.updated());
            assertEquals(again.rowsRead(), again.unchanged());
        }
    }

    @Test
    void changingOneRowUpdatesExactlyThatRow() {
        Path dataset = copy("full", tmp.resolve("full"));
        try (Database db = open()) {
            Ingest.ingest(dataset, db);
            List<String> before = List.of(Dump.allTables(db).split("\n"));
            write(dataset, "cases.csv", read(dataset, "cases.csv").replace("Safeguarding South", "Safeguarding East"));
            IngestResult result = Ingest.ingest(dataset, db);
            List<String> after = List.of(Dump.allTables(db).split("\n"));

            assertEquals(1, result.updated());
            assertEquals(0, result.inserted());
            assertEquals(new FileSummary("cases.csv", 3, 0, 1, 2), result.files().stream()
                    .filter(f -> f.file().equals("cases.csv")).findFirst().orElseThrow());
            List<String> removed = new ArrayList<>(before);
            removed.removeAll(after);
            List<String> added = new ArrayList<>(after);
            added.removeAll(before);
            assertEquals(List.of("'C-0102' | 'CH-002' | 'cin' | '2018-03-15' | '2018-09-30' | 'Ola Adeyemi' | NULL"
                    + " | 'Safeguarding South'"), removed);
            assertEquals(List.of("'C-0102' | 'CH-002' | 'cin' | '2018-03-15' | '2018-09-30' | 'Ola Adeyemi' | NULL"
                    + " | 'Safeguarding East'"), added);
        }
    }

    @Test
    void aColumnLeftOutKeepsTheStoredValueButABlankCellClearsIt() {
        Path dataset = copy("full", tmp.resolve("full"));
        try (Database db = open()) {
            Ingest.ingest(dataset, db);
            Path partial = mkdir(tmp.resolve("partial"));
            write(partial, "agencies.csv", "code,name,sector\nPOL,Northvale Police,police\n");
            write(partial, "cases.csv", "case_ref,child_ref,case_type,opened_on,team\nC-0101,CH-001,cp,2018-01-08,\n"
                    + "C-0102,CH-002,cin,15/03/2018,Safeguarding South\n");
            IngestResult result = Ingest.ingest(partial, db);
            String dump = Dump.allTables(db);
            assertEquals("'POL' | 'Northvale Police' | 'police' | NULL | 'DI Siobhán Kearney, Public Protection'",
                    row(dump, "agencies", "POL"));
            assertEquals("'C-0101' | 'CH-001' | 'cp' | '2018-01-08' | NULL | 'Priya Shah' | 'Tom Beck' | NULL",
                    row(dump, "cases", "C-0101"), "team cleared, the left-out columns kept");
            assertEquals(new FileSummary("cases.csv", 2, 0, 1, 1), result.files().get(1));
        }
    }

    @Test
    void datesAreParsedStrictly() {
        Path dataset = agenciesAndChildren("d");
        write(dataset, "cases.csv", """
                case_ref,child_ref,case_type,opened_on
                C-1,CH-001,cp,29/02/2016
                C-2,CH-001,cp,29/02/2017
                C-3,CH-001,cp,31/06/2018
                C-4,CH-001,cp,2018-13-01
                C-5,CH-001,cp,01/02/18
                C-6,CH-001,cp,2018-02-28
                """);
        IngestRejected e = rejected(dataset);
        List<String> where = e.problems().stream()
                .map(p -> p.file() + ":" + p.line() + ":" + p.column() + ":" + p.columnName()).toList();
        assertEquals(List.of("cases.csv:3:4:opened_on", "cases.csv:4:4:opened_on", "cases.csv:5:4:opened_on",
                "cases.csv:6:4:opened_on"), where);
        assertTrue(e.problems().get(0).message().contains("no such date"));
        assertTrue(e.problems().get(2).message().contains("month out of range"));
    }

    @Test
    void everyProblemOfAFileIsReportedWithItsPosition() {
        Path dataset = agenciesAndChildren("d");
        // Column order differs from the contract, headers carry odd case and spaces, and a quoted
        // multi-line cell shifts the physical line numbers.
        write(dataset, "cases.csv", " Case_Type , CASE_REF,child_ref , opened_on,team,colour\n"
                + "cp,C-1,CH-001,2018-01-01,\"two\nlines\",\n"
                + "cpp,C-2,CH-404,2018-01-01,,\n"
                + "cp,C-1,CH-001,2018-01-02,,\n"
                + "\n"
                + "cp,,CH-001,2018-01-02,,\n");
        IngestRejected e = rejected(dataset);
        assertEquals(List.of(
                "cases.csv:1:6: 'colour': unknown column — check the spelling; the columns of cases.csv are: case_ref,"
                        + " child_ref, case_type, opened_on, closed_on, case_worker, supervising_manager, team",
                "cases.csv:4:1: case_type: unknown value 'cpp' — use one of: early-help, assessment, cin, cp, cic,"
                        + " care-leaver, adoption",
                "cases.csv:4:3: child_ref: unknown child_ref 'CH-404' — it is in neither children.csv nor the"
                        + " database; add it to children.csv or correct the ref",
                "cases.csv:5:2: case_ref: duplicate key (case_ref 'C-1'), first on line 2 — remove or merge one of the"
                        + " two rows",
                "cases.csv:7:2: case_ref: required — fill in the case_ref"), messages(e));
    }

    @Test
    void missingRequiredColumnAndMissingAgenciesFile() throws IOException {
        Path dataset = copy("full", tmp.resolve("d"));
        Files.delete(dataset.resolve("agencies.csv"));
        write(dataset, "evaluations.csv", "evaluation_ref,kind,theme,starts_on\nMACE-2018-01,full,Neglect,2018-09-03\n"
                + "MACE-2018-02,full,Neglect,2018-09-03\n");
        List<String> all = messages(rejected(dataset));
        assertTrue(all.contains("agencies.csv: missing — every dataset needs agencies.csv (code, name, sector of each"
                + " agency)"), all.toString());
        assertTrue(all.contains("evaluations.csv:1: panel_on: missing required column — add a column named panel_on"));
        // References to agencies that no longer exist anywhere are reported too.
        assertTrue(all.contains("chronology.csv:2:2: agency_code: unknown agency_code 'POL' — it is in neither"
                + " agencies.csv nor the database; add it to agencies.csv or correct the ref"), all.toString());
    }

    @Test
    void unknownCsvFileIsAnErrorButOtherFilesAreIgnored() {
        Path dataset = copy("full", tmp.resolve("d"));
        write(dataset, "chronolgy.csv", "case_ref\n");
        write(dataset, "README.txt", "notes about this export\n");
        assertEquals(List.of("chronolgy.csv: not a dataset file name — rename it to one of the files of the dataset"
                + " format (e.g. chronology.csv) or move it out of the folder"), messages(rejected(dataset)));
    }

    @Test
    void aCellOverThirtyTwoThousandCharactersIsRejected() {
        Path dataset = copy("full", tmp.resolve("d"));
        String ok = "é".repeat(32_000);
        String tooLong = "x".repeat(32_001);
        write(dataset, "briefing_sections.csv", "briefing_ref,number,heading,text\nB-1,1,Background," + ok
                + "\nB-1,2,Why it matters," + tooLong + "\n");
        assertEquals(List.of("briefing_sections.csv:3:4: text: the cell is longer than 32000 characters — shorten it"),
                messages(rejected(dataset)));
    }

    @Test
    void byteOrderMarkIsIgnoredAndTextIsStoredNfc() throws IOException {
        Path dataset = copy("full", tmp.resolve("d"));
        String decomposed = "Ze\u0301lie Rene\u0301e";
        assertFalse(Normalizer.isNormalized(decomposed, Normalizer.Form.NFC));
        Files.write(dataset.resolve("agencies.csv"), ("\uFEFFcode,name,sector\nPOL,Northvale Constabulary,police\n"
                + "CSC,Children's Social Care,social-care\nICB,ICB,health\nHV,HV,health\nSCH1,School,education\n"
                + "PRB,Probation,probation\nVOL," + decomposed + " Trust,voluntary\n").getBytes(StandardCharsets.UTF_8));
        try (Database db = open()) {
            Ingest.ingest(dataset, db);
            String dump = Dump.allTables(db);
            assertTrue(dump.contains("'VOL' | 'Z\u00e9lie Ren\u00e9e Trust' | 'voluntary'"), "stored composed");
            assertFalse(dump.contains("e\u0301"));
            assertTrue(dump.contains("'POL' | 'Northvale Constabulary' | 'police'"), "BOM not part of the first header");
        }
    }

    @Test
    void referencesResolveFromTheDatabase() {
        Path first = copy("full", tmp.resolve("first"));
        Path later = tmp.resolve("later");
        write(Files.exists(later) ? later : mkdir(later), "agencies.csv", "code,name,sector\nYJS,Youth Justice,youth-justice\n");
        write(later, "chronology.csv", "case_ref,agency_code,entry_ref,date,event,source\n"
                + "C-0103,YJS,Y-1,2018-08-01,Assessment started,AssetPlus\n"
                + "C-0103,POL,P-9,2018-08-02,Welfare check,Incident log\n");
        try (Database db = open()) {
            Ingest.ingest(first, db);
            IngestResult result = Ingest.ingest(later, db);
            assertEquals(3, result.inserted());
            assertTrue(Dump.allTables(db).contains("'C-0103' | 'POL' | 'P-9' | '2018-08-02'"),
                    "case C-0103 and agency POL come from the database");
        }
        write(later, "chronology.csv", "case_ref,agency_code,entry_ref,date,event,source\n"
                + "C-9999,YJS,Y-1,2018-08-01,Assessment started,AssetPlus\n");
        try (Database db = open()) {
            assertEquals(List.of("chronology.csv:2:1: case_ref: unknown case_ref 'C-9999' — it is in neither cases.csv"
                    + " nor the database; add it to cases.csv or correct the ref"),
                    messages(assertThrows(IngestRejected.class, () -> Ingest.ingest(later, db))));
        }
    }

    private static Path mkdir(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void pseudonymsContinueAfterThoseInTheDatabaseAndAreNeverReused() {
        Path first = copy("full", tmp.resolve("first"));
        Path later = mkdir(tmp.resolve("later"));
        write(later, "agencies.csv", "code,name,sector\nPOL,Northvale Constabulary,police\n");
        StringBuilder children = new StringBuilder("child_ref,given_name,family_name,date_of_birth,pseudonym\n");
        children.append("CH-001,Zoë,Nguyễn,2016-02-29,\n"); // keeps Child A
        for (int i = 10; i < 40; i++) {
            children.append("CH-0").append(i).append(",Ana,Test,2010-01-01,\n");
        }
        write(later, "children.csv", children.toString());
        try (Database db = open()) {
            Ingest.ingest(first, db);
            Ingest.ingest(later, db);
            String dump = Dump.allTables(db);
            assertTrue(row(dump, "children", "CH-001").endsWith("'Child A'"));
            // A and B are taken, and Q was given explicitly in the first dataset: skipped.
            assertTrue(row(dump, "children", "CH-010").endsWith("'Child C'"));
            assertTrue(row(dump, "children", "CH-023").endsWith("'Child P'"));
            assertTrue(row(dump, "children", "CH-024").endsWith("'Child R'"));
            assertTrue(row(dump, "children", "CH-032").endsWith("'Child Z'"));
            assertTrue(row(dump, "children", "CH-033").endsWith("'Child AA'"));
            assertTrue(row(dump, "children", "CH-039").endsWith("'Child AG'"));
        }
        assertEquals("A", Pseudonyms.letters(1));
        assertEquals("Z", Pseudonyms.letters(26));
        assertEquals("AA", Pseudonyms.letters(27));
        assertEquals("AZ", Pseudonyms.letters(52));
        assertEquals("BA", Pseudonyms.letters(53));
        assertEquals("ZZ", Pseudonyms.letters(702));
        assertEquals("AAA", Pseudonyms.letters(703));
    }

    @Test
    void aPseudonymHeldByAnotherChildIsRejected() {
        Path dataset = copy("full", tmp.resolve("d"));
        write(dataset, "children.csv", read(dataset, "children.csv") + "CH-004,Ana,Test,2010-01-01,,,,Child Q\n");
        assertEquals(List.of("children.csv:5:8: pseudonym: the same pseudonym is given to the child on line 4 —"
                + " pseudonyms must be unique; change one or leave it blank"), messages(rejected(dataset)));
    }

    @Test
    void conditionalRules() {
        Path dataset = copy("full", tmp.resolve("d"));
        write(dataset, "agency_evaluations.csv", read(dataset, "agency_evaluations.csv")
                + "MACE-2018-01,C-0102,POL,good,inadequate,,,,,\n");
        write(dataset, "actions.csv", read(dataset, "actions.csv")
                + "A-8,evaluation,MACE-2018-01,,Done thing,2018-10-17,2018-12-31,complete,,,\n"
                + "A-9,s11,2017,,Old cycle,2018-10-17,2018-12-31,open,,,\n");
        write(dataset, "close_the_loop.csv", read(dataset, "close_the_loop.csv")
                + "MACE-2018-01,C-0102,HV,Lead,2018-10-30,no,,,,,\n");
        write(dataset, "school_audits.csv", read(dataset, "school_audits.csv") + "2018,POL,2,red,,\n");
        assertEquals(List.of(
                "actions.csv:9:9: completed_on: required when status is complete — give the date the action was"
                        + " completed",
                "actions.csv:10:3: source_ref: source_kind s11 but source_ref '2017' matches no cycle in"
                        + " s11_returns.csv nor the database — correct the ref",
                "agency_evaluations.csv:6:6: regrade_rationale: required when panel_grade differs from self_grade —"
                        + " record why the panel changed the grade",
                "close_the_loop.csv:3:1: evaluation_ref: no row of agency_evaluations.csv has (evaluation_ref"
                        + " 'MACE-2018-01', case_ref 'C-0102', agency_code 'HV'), in this dataset or the database —"
                        + " add that row to agency_evaluations.csv or correct the refs",
                "school_audits.csv:4:2: agency_code: agency 'POL' has sector police, but school audits are for"
                        + " schools — give the school's agency_code, or sector education to the agency"),
                messages(rejected(dataset)));
    }

    @Test
    void cellValuesOfPersonalDataNeverAppearInMessages() {
        Path dataset = copy("full", tmp.resolve("d"));
        write(dataset, "children.csv", "child_ref,given_name,family_name,date_of_birth,gender\n"
                + "CH-001,Zoë,Nguyễn,31/06/2016,yes please\n"
                + "CH-002,Łukasz,Kowalski,14/07/12,\n"
                + "CH-003,,O'Neill,2009-11-03,\n");
        write(dataset, "chronology.csv", "case_ref,agency_code,entry_ref,date,event,source,approximate,key_event\n"
                + "C-0101,POL,P-1,2018-02-30,Siobhán disclosed abuse,Log,Siobhán,maybe\n");
        IngestRejected e = rejected(dataset);
        String all = String.join("\n", messages(e));
        assertEquals(6, e.problems().size(), all);
        for (String personal : List.of("Zoë", "Nguyễn", "31/06/2016", "Łukasz", "Kowalski", "14/07/12", "O'Neill",
                "2009-11-03", "Siobhán", "2018-02-30", "maybe")) {
            assertFalse(all.contains(personal), "message quotes " + personal + ":\n" + all);
        }
        assertTrue(all.contains("children.csv:2:4: date_of_birth: day out of range"));
        assertTrue(all.contains("children.csv:3:4: date_of_birth: not a date in yyyy-mm-dd or dd/mm/yyyy form"));
        assertTrue(all.contains("children.csv:4:2: given_name: required"));
        assertTrue(all.contains("chronology.csv:2:4: date: day out of range"));
        assertTrue(all.contains("chronology.csv:2:7: approximate: not a yes/no value"));
        assertTrue(all.contains("chronology.csv:2:8: key_event: not a yes/no value"));
    }
}
