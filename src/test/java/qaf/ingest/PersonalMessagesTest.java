package qaf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static qaf.ingest.TestDatasets.copy;
import static qaf.ingest.TestDatasets.read;
import static qaf.ingest.TestDatasets.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.store.Database;

/**
 * Ingest messages about children.csv and free-text columns name file, line, column and the problem,
 * never a cell: a children.csv exported without its header row printed the first child's name, date
 * of birth, ethnicity and religion as "unknown column" messages.
 */
class PersonalMessagesTest {
    private static final String CHILDREN_COLUMNS = "child_ref, given_name, family_name, date_of_birth, gender,"
            + " ethnicity, religion, pseudonym";

    @TempDir
    Path tmp;

    private List<String> messages(Path dataset) {
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            return assertThrows(IngestRejected.class, () -> Ingest.ingest(dataset, db)).problems().stream()
                    .map(Problem::format).toList();
        }
    }

    /** Every cell of the file but the contract's column names, each of which must be absent from every message. */
    private static void assertNoCellQuoted(String csv, List<String> messages) {
        String all = String.join("\n", messages);
        for (String line : csv.split("\n")) {
            for (String cell : line.split(",")) {
                if (!cell.isBlank() && !CHILDREN_COLUMNS.contains(cell)) {
                    assertFalse(all.contains(cell.strip()), "a message quotes '" + cell + "':\n" + all);
                }
            }
        }
    }

    @Test
    void childrenWithoutAHeaderRowIsReportedOnceAsSuchWithoutQuotingTheFirstChild() {
        Path dataset = copy("full", tmp.resolve("d"));
        String children = read(dataset, "children.csv");
        String withoutHeader = children.substring(children.indexOf('\n') + 1);
        write(dataset, "children.csv", withoutHeader);
        List<String> messages = messages(dataset);
        // The cases and reviews that name these children are not flooded with "unknown child_ref".
        assertEquals(List.of("children.csv:1: the file has no header row: its first line names none of the"
                + " columns of children.csv — add a first line naming the columns: " + CHILDREN_COLUMNS), messages);
        assertNoCellQuoted(withoutHeader, messages);
    }

    @Test
    void aHeaderlessFileAfterBlankLinesIsReportedAtItsFirstLine() {
        Path dataset = copy("full", tmp.resolve("d"));
        write(dataset, "children.csv", "\n\nCH-009,Róisín,Ní Bhriain,2011-04-05,female,White - Irish,,\n");
        assertEquals(List.of("children.csv:3: the file has no header row: its first line names none of the columns"
                + " of children.csv — add a first line naming the columns: " + CHILDREN_COLUMNS), messages(dataset));
    }

    @Test
    void anUnknownColumnOfChildrenIsPlacedButNotQuoted() {
        Path dataset = copy("full", tmp.resolve("d"));
        String children = "child_ref,given_name,family_name,date_of_birth,Nasreen Chowdhury\n"
                + "CH-001,Zoë,Nguyễn,29/02/2016,\nCH-002,Łukasz,Kowalski,2012-07-14,\nCH-003,Siobhán,O'Neill,03/11/2009,\n";
        write(dataset, "children.csv", children);
        List<String> messages = messages(dataset);
        assertEquals(List.of("children.csv:1:5: unknown column — check the spelling; the columns of children.csv"
                + " are: " + CHILDREN_COLUMNS), messages);
        assertNoCellQuoted(children, messages);
    }

    @Test
    void anUnknownColumnElsewhereIsQuotedOnlyWhenItLooksLikeAColumnName() {
        Path dataset = copy("full", tmp.resolve("d"));
        write(dataset, "learning_events.csv", "event_ref,kind,title,held_on,Colour,Bartłomiej said 14/02/2009\n"
                + "E-1,course,Course,2019-01-01,,\n");
        String columns = "event_ref, kind, title, theme, held_on, source_ref";
        assertEquals(List.of(
                "learning_events.csv:1:5: 'colour': unknown column — check the spelling; the columns of"
                        + " learning_events.csv are: " + columns,
                "learning_events.csv:1:6: unknown column — check the spelling; the columns of learning_events.csv"
                        + " are: " + columns), messages(dataset));
    }

    @Test
    void duplicateChildrenAndSharedPseudonymsAreReportedByLineNotByRef() {
        Path dataset = copy("full", tmp.resolve("d"));
        String added = "CH-002,Łukasz,Kowalski,2012-07-14,,,,\nCH-004,Tadhg,Ó Dálaigh,2013-03-03,,,,Child Q\n";
        write(dataset, "children.csv", read(dataset, "children.csv") + added);
        List<String> messages = messages(dataset);
        assertEquals(List.of(
                "children.csv:5:1: child_ref: duplicate key child_ref, first on line 3 — remove or merge one of the"
                        + " two rows",
                "children.csv:6:8: pseudonym: the same pseudonym is given to the child on line 4 — pseudonyms must"
                        + " be unique; change one or leave it blank"), messages);
        assertNoCellQuoted(added, messages);
    }

    @Test
    void badCellsOfFreeTextFilesNameTheirPlaceOnly() {
        Path dataset = copy("full", tmp.resolve("d"));
        String rows = "C-0101,POL,P-9,14 February 2009,Agnieszka told her teacher,School log,Agnieszka,perhaps\n";
        write(dataset, "chronology.csv", "case_ref,agency_code,entry_ref,date,event,source,approximate,key_event\n"
                + rows);
        List<String> messages = messages(dataset);
        assertEquals(List.of(
                "chronology.csv:2:4: date: not a date in yyyy-mm-dd, dd/mm/yyyy, yyyy-mm or yyyy form — write the"
                        + " date as yyyy-mm-dd, dd/mm/yyyy, yyyy-mm or yyyy",
                "chronology.csv:2:7: approximate: not a yes/no value — write yes or no (y/n and true/false are also"
                        + " read)",
                "chronology.csv:2:8: key_event: not a yes/no value — write yes or no (y/n and true/false are also"
                        + " read)"), messages);
        assertNoCellQuoted(rows.replace("C-0101,POL,P-9,", ""), messages);
    }
}
