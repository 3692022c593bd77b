package qaf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static qaf.ingest.TestDatasets.copy;
import static qaf.ingest.TestDatasets.read;
import static qaf.ingest.TestDatasets.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.store.Database;
import qaf.store.Dump;

/**
 * Refs name files: two refs differing by "/" against "_", or by letter case, mapped to one file name
 * and one child's chronology replaced another's. The ingest now holds refs to DATA-FORMAT.md's
 * Version 2 contract: characters, length, and uniqueness ignoring case.
 */
class RefContractTest {
    private static final String RULE = " — a ref is 1 to 64 characters from A-Z a-z 0-9 - _ . and does not start"
            + " with a dot";

    @TempDir
    Path tmp;

    private List<String> messages(Path dataset) {
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            return assertThrows(IngestRejected.class, () -> Ingest.ingest(dataset, db)).problems().stream()
                    .map(Problem::format).toList();
        }
    }

    @Test
    void refsOutsideTheAllowedCharactersOrLengthAreRefusedAtTheirCellWithoutQuotingThem() {
        Path dataset = copy("full", tmp.resolve("d"));
        String tooLong = "E".repeat(65);
        write(dataset, "learning_events.csv", read(dataset, "learning_events.csv")
                + "E/7,course,Course,,2019-01-01,\n"
                + ".hidden,course,Course,,2019-01-01,\n"
                + "Farida Begum,course,Course,,2019-01-01,\n"
                + tooLong + ",course,Course,,2019-01-01,\n"
                + "É-9,course,Course,,2019-01-01,\n"
                + "E-" + "9".repeat(62) + ",course,Longest allowed,,2019-01-01,\n");
        List<String> messages = messages(dataset);
        assertEquals(List.of(
                "learning_events.csv:4:1: event_ref: the ref holds a slash not allowed in a ref (character 2)" + RULE,
                "learning_events.csv:5:1: event_ref: the ref starts with a dot" + RULE,
                "learning_events.csv:6:1: event_ref: the ref holds a space not allowed in a ref (character 7)" + RULE,
                "learning_events.csv:7:1: event_ref: the ref is 65 characters long" + RULE,
                "learning_events.csv:8:1: event_ref: the ref holds a character not allowed in a ref (character 1)"
                        + RULE), messages);
        String all = String.join("\n", messages);
        for (String value : List.of("E/7", ".hidden", "Farida", tooLong, "É-9")) {
            assertFalse(all.contains(value), value);
        }
    }

    @Test
    void everyKindOfKeyColumnIsHeldToTheContract() {
        Path dataset = copy("full", tmp.resolve("d"));
        write(dataset, "agencies.csv", read(dataset, "agencies.csv") + "HV 2,Health visiting east,health,IC/B,\n");
        write(dataset, "s11_returns.csv", "cycle,agency_code,opened_on,due_on\n2018/19,POL,2018-04-02,2018-06-29\n");
        assertEquals(List.of(
                "agencies.csv:8:1: code: the ref holds a space not allowed in a ref (character 3)" + RULE,
                "agencies.csv:8:4: parent_code: the ref holds a slash not allowed in a ref (character 3)" + RULE,
                "s11_returns.csv:2:1: cycle: the ref holds a slash not allowed in a ref (character 5)" + RULE),
                messages(dataset).stream().filter(m -> m.startsWith("agencies") || m.startsWith("s11_returns")).toList());
    }

    @Test
    void twoKeysOfOneFileDifferingOnlyInCaseAreAnError() {
        Path dataset = copy("full", tmp.resolve("d"));
        write(dataset, "chronology.csv", read(dataset, "chronology.csv")
                + "C-0101,POL,p-1,2018-02-15,,,Another entry,Log,,,,\n");
        write(dataset, "children.csv", read(dataset, "children.csv") + "ch-001,Aoife,Byrne,2012-02-02,,,,\n");
        List<String> messages = messages(dataset);
        assertEquals(List.of(
                "children.csv:5:1: child_ref: the child_ref differs only in letter case from the key on line 2, and"
                        + " keys name files on systems that ignore case — write both the same way, or make them"
                        + " differ in more than case",
                "chronology.csv:7:1: case_ref: key (case_ref 'C-0101', agency_code 'POL', entry_ref 'p-1') differs"
                        + " only in letter case from the key on line 2, and keys name files on systems that ignore"
                        + " case — write both the same way, or make them differ in more than case"), messages);
    }

    @Test
    void aKeyDifferingOnlyInCaseFromAStoredOneIsAnErrorToo() {
        Path first = copy("full", tmp.resolve("d1"));
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            Ingest.ingest(first, db);
        }
        Path second = tmp.resolve("d2");
        copy("full", second);
        write(second, "evaluations.csv", "evaluation_ref,kind,theme,starts_on,panel_on\n"
                + "mace-2018-02,condensed,Neglect,2018-11-05,2018-11-16\n");
        assertEquals(List.of("evaluations.csv:2:1: evaluation_ref: key (evaluation_ref 'mace-2018-02') differs only"
                + " in letter case from a key the database already holds, and keys name files on systems that ignore"
                + " case — write both the same way, or make them differ in more than case"), messages(second));
    }

    @Test
    void theSameKeysAgainAndTheLongestRefPass() {
        Path dataset = copy("full", tmp.resolve("d"));
        String longest = "E-" + "9".repeat(62);
        write(dataset, "learning_events.csv", read(dataset, "learning_events.csv")
                + longest + ",course,Longest allowed,,2019-01-01,\nE_x.1,course,Underscore and dot,,2019-01-01,\n");
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            Ingest.ingest(dataset, db);
            Ingest.ingest(dataset, db);
            String dump = Dump.allTables(db);
            assertTrue(dump.contains("'" + longest + "' |"), dump);
            assertTrue(dump.contains("'E_x.1' |"), dump);
        }
    }
}
