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
import qaf.store.Dump;

/**
 * A pseudonym set to (or containing) the child's real name was accepted and printed in every board
 * document: the ingest now refuses it, saying where and why, and never quoting it.
 */
class PseudonymNameTest {
    private static final String RULE = "pseudonym: contains the child's given or family name (compared ignoring"
            + " letter case, accents and punctuation), and board documents print the pseudonym — choose one that"
            + " does not identify the child, or leave it blank to have one assigned";

    @TempDir
    Path tmp;

    @Test
    void aPseudonymHoldingTheChildsNameInAnyWritingIsRefusedAtItsLineAndColumnWithoutQuotingIt() {
        Path dataset = copy("full", tmp.resolve("d"));
        write(dataset, "children.csv", read(dataset, "children.csv")
                + "CH-004,Zoë,Kowalska,2010-01-01,,,,Zoe Kowalska\n" // the real name, without its accent
                + "CH-005,Ayesha,Bashir-Khan,2010-01-01,,,,Child KHAN\n" // one half of the family name
                + "CH-006,Seán,O'Brien,2010-01-01,,,,Child OBrien\n" // the name run together
                + "CH-007,Łukasz,Nowak,2010-01-01,,,,Lukasz\n" // the given name alone
                + "CH-008,Hope,Bell,2010-01-01,,,,Child Hopeful\n"); // not a name: a longer word
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            IngestRejected rejected = assertThrows(IngestRejected.class, () -> Ingest.ingest(dataset, db));
            List<String> messages = rejected.problems().stream().map(Problem::format).toList();
            assertEquals(List.of("children.csv:5:8: " + RULE, "children.csv:6:8: " + RULE, "children.csv:7:8: " + RULE,
                    "children.csv:8:8: " + RULE), messages);
            for (String name : List.of("Zoe", "Kowalska", "KHAN", "OBrien", "Lukasz")) {
                assertFalse(String.join("\n", messages).contains(name), name);
            }
        }
    }

    @Test
    void theAssignedAndOrdinaryPseudonymsStillPass() {
        Path dataset = copy("full", tmp.resolve("d"));
        write(dataset, "children.csv", read(dataset, "children.csv")
                + "CH-004,Ó Súilleabháin,Child,2010-01-01,,,,Child O\n"); // a particle and the word Child are not names
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            Ingest.ingest(dataset, db);
            assertEquals(true, Dump.allTables(db).contains("'CH-004' |"));
        }
    }
}
