package qaf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.store.Column;
import qaf.store.Database;
import qaf.store.Dump;
import qaf.store.Table;

class CsvEdgeCaseTest {
    private static final String AGENCIES = "code,name,sector\nPOL,Northvale Constabulary,police\n";

    @TempDir
    Path tmp;

    private Path dataset(String... fileAndText) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("d" + System.nanoTime()));
        for (int i = 0; i < fileAndText.length; i += 2) {
            Files.writeString(dir.resolve(fileAndText[i]), fileAndText[i + 1], StandardCharsets.UTF_8);
        }
        return dir;
    }

    private List<String> problems(Path dir) {
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            return assertThrows(IngestRejected.class, () -> Ingest.ingest(dir, db)).problems().stream()
                    .map(Problem::format).toList();
        }
    }

    private String ingest(Path dir) {
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            Ingest.ingest(dir, db);
            return Dump.allTables(db);
        }
    }

    @Test
    void everyTableColumnIsFilledByTheFormatAndEveryFieldHasAColumn() {
        for (Table table : Table.values()) {
            if (table == Table.NARRATIVE) {
                continue; // Markdown files, not a CSV file (NarrativeTest)
            }
            FileSpec spec = DatasetFormat.byTable(table);
            List<String> filled = new ArrayList<>(spec.constants().keySet());
            for (Field f : spec.fields()) {
                table.indexOf(f.dbColumn());
                filled.add(f.dbColumn());
            }
            for (Column c : table.columns()) {
                boolean derived = c.name().equals("date_precision") || c.name().equals("pseudonym");
                assertTrue(filled.contains(c.name()) || derived, table.sqlName() + "." + c.name() + " is never filled");
            }
            assertEquals(table.sqlName() + ".csv", spec.fileName());
        }
    }

    @Test
    void malformedQuotingIsReportedAtItsLine() throws IOException {
        Path dir = dataset("agencies.csv", "code,name,sector\nPOL,\"Northvale \"Constabulary\",police\n");
        List<String> all = problems(dir);
        assertEquals(1, all.size(), all.toString());
        assertTrue(all.get(0).startsWith("agencies.csv:2: malformed CSV"), all.toString());
    }

    @Test
    void invalidUtf8IsReported() throws IOException {
        Path dir = dataset();
        Files.write(dir.resolve("agencies.csv"), new byte[] {'c', 'o', 'd', 'e', ',', 'n', 'a', 'm', 'e', ',', 's', 'e',
            'c', 't', 'o', 'r', '\n', 'P', ',', (byte) 0xE9, 't', 'e', ',', 'p', 'o', 'l', 'i', 'c', 'e', '\n'});
        List<String> all = problems(dir);
        assertEquals(1, all.size(), all.toString());
        assertTrue(all.get(0).contains("not valid UTF-8 text — save the file as CSV UTF-8"), all.toString());
    }

    @Test
    void rowShapeAndHeaderProblems() throws IOException {
        Path dir = dataset("agencies.csv", "code,name,sector,name,\nPOL,Police,police,,\n",
                "Cases.csv", "case_ref,child_ref,case_type,opened_on\nC-1,CH-1,cp\nC-2,CH-1,cp,2018-01-01,extra\n",
                "Children.csv", "child_ref,given_name,family_name,date_of_birth\nCH-1,Noor,Ahmed,2010-05-05\n",
                "cases.csv", "case_ref\n",
                "partnership.csv", "name,short_name,area\nA,A,A\nB,B,B\n",
                "school_audits.csv", "");
        assertEquals(List.of(
                "Cases.csv:2:4: the row has 3 cells but the header has 4 — add the missing cells (empty ones too) or"
                        + " fix the quoting",
                "Cases.csv:3:5: a cell beyond the last column of the header — name its column in the header or delete"
                        + " the cell",
                "agencies.csv:1:4: name: the column appears twice (first at column 2) — delete one of them",
                "cases.csv: a second file named cases.csv (names differing only in case) — keep one",
                "partnership.csv:3: partnership.csv holds exactly one row; this is a second one — remove it",
                "school_audits.csv:1: the file is empty — give it a header row naming its columns"),
                problems(dir));
    }

    @Test
    void emptyUnnamedColumnsAndBlankLinesAreTolerated() throws IOException {
        Path dir = dataset("agencies.csv", "code,name,sector,,\r\nPOL,Police,police,,\r\n\r\n,,,,\r\n"
                + "CSC,Children's Social Care,social-care,,\r\n");
        String dump = ingest(dir);
        assertTrue(dump.contains("'CSC' | 'Children\\'s Social Care' | 'social-care' | NULL | NULL"), dump);
        Path withData = dataset("agencies.csv", "code,name,sector,\nPOL,Police,police,forgotten\n");
        assertEquals(List.of("agencies.csv:1:4: a column with data has no name in the header — name it or delete the"
                + " column"), problems(withData));
    }

    @Test
    void enumerationsAndBooleansIgnoreCaseAndSpace() throws IOException {
        Path dir = dataset("agencies.csv", AGENCIES + "CSC,Care,  Social-CARE \n",
                "s11_returns.csv", "cycle,agency_code,opened_on,due_on,moderation\n"
                        + "2018,POL,2018-04-02,2018-06-29, YES\n2018,CSC,2018-04-02,2018-06-29,n\n");
        String dump = ingest(dir);
        assertTrue(dump.contains("'CSC' | 'Care' | 'social-care' |"), dump);
        assertTrue(dump.contains("'2018' | 'POL' | '2018-04-02' | '2018-06-29' | NULL | 1"), dump);
        assertTrue(dump.contains("'2018' | 'CSC' | '2018-04-02' | '2018-06-29' | NULL | 0"), dump);
    }

    @Test
    void integersAndTimesAreStrict() throws IOException {
        Path dir = dataset("agencies.csv", AGENCIES,
                "learning_events.csv", "event_ref,kind,title,held_on\nE-1,course,Course,2019-01-01\n",
                "attendance.csv", "event_ref,agency_code,attendees\nE-1,POL,-1\n",
                "event_feedback.csv", "event_ref,respondent_ref,rating,confidence_before\nE-1,R-1,4.5,0\nE-1,R-2,5,1\n");
        assertEquals(List.of(
                "attendance.csv:2:3: attendees: out of range — write a whole number from 0 to 100000",
                "event_feedback.csv:2:3: rating: not a whole number from 1 to 5 — write a whole number from 1 to 5",
                "event_feedback.csv:2:4: confidence_before: out of range — write a whole number from 1 to 5"),
                problems(dir));
    }
}
