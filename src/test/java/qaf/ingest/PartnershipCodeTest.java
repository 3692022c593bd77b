package qaf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.store.Database;
import qaf.store.PartnershipQueries;
import qaf.testing.SmallDataset;

/** partnership.csv's optional code: checked, stored upper-case, and required where a region needs it. */
class PartnershipCodeTest {
    @TempDir
    Path tmp;

    private Path dataset(String partnershipCsv) throws IOException {
        Path dir = SmallDataset.write(tmp.resolve("dataset"));
        Files.writeString(dir.resolve("partnership.csv"), partnershipCsv, StandardCharsets.UTF_8);
        return dir;
    }

    private static List<String> problems(IngestRejected e) {
        return e.problems().stream().map(Problem::format).toList();
    }

    @Test
    void theCodeIsStoredUpperCaseAndALaterDatasetWithoutTheColumnKeepsIt() throws IOException {
        Path dir = dataset("name,short_name,area,code\nKestrel Vale SCP,KV SCP,Kestrel Vale, kv-1 \n");
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            Ingest.ingest(dir, db);
            assertEquals(Optional.of("KV-1"), PartnershipQueries.code(db));
            Files.writeString(dir.resolve("partnership.csv"), "name,short_name,area\nKestrel Vale SCP,KV SCP,Kestrel"
                    + " Vale\n", StandardCharsets.UTF_8);
            Ingest.ingest(dir, db);
            assertEquals(Optional.of("KV-1"), PartnershipQueries.code(db), "a left-out optional column keeps its value");
        }
        assertEquals(new Ingest.PartnershipCode("KV-1", "partnership.csv", 2, 4),
                Ingest.partnershipCode(dataset("name,short_name,area,code\nKestrel Vale SCP,KV SCP,Kestrel Vale,kv-1\n")));
    }

    @Test
    void withoutTheColumnTheDatabaseHasNoCode() throws IOException {
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            Ingest.ingest(SmallDataset.write(tmp.resolve("small")), db);
            assertEquals(Optional.empty(), PartnershipQueries.code(db));
        }
    }

    @Test
    void aCodeThatCannotNameAFileIsRejectedAtItsCell() throws IOException {
        Path dir = dataset("name,short_name,area,code\nKestrel Vale SCP,KV SCP,Kestrel Vale,K/V\n");
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            IngestRejected e = assertThrows(IngestRejected.class, () -> Ingest.ingest(dir, db));
            assertEquals(List.of("partnership.csv:2:4: code: 'K/V' is not a short code — write 1 to 16 letters,"
                    + " digits or hyphens, e.g. KV"), problems(e));
        }
        IngestRejected tooLong = assertThrows(IngestRejected.class, () -> Ingest.partnershipCode(
                dataset("code,name,short_name,area\nABCDEFGHIJKLMNOPQ,Kestrel Vale SCP,KV SCP,Kestrel Vale\n")));
        assertEquals(List.of("partnership.csv:2:1: code: 'ABCDEFGHIJKLMNOPQ' is not a short code — write 1 to 16"
                + " letters, digits or hyphens, e.g. KV"), problems(tooLong));
    }

    @Test
    void aRegionNeedsTheCodeAndSaysWhereItIsMissing() throws IOException {
        String why = " — in a region each partnership's dataset needs partnership.csv with a code column: the"
                + " partnership's short id (1 to 16 letters, digits or hyphens, e.g. KV), which names its database";
        IngestRejected noColumn = assertThrows(IngestRejected.class, () -> Ingest.partnershipCode(
                dataset("name,short_name,area\nKestrel Vale SCP,KV SCP,Kestrel Vale\n")));
        assertEquals(List.of("partnership.csv:1: code: missing column" + why), problems(noColumn));

        IngestRejected blank = assertThrows(IngestRejected.class, () -> Ingest.partnershipCode(
                dataset("name,short_name,area,code\nKestrel Vale SCP,KV SCP,Kestrel Vale,\n")));
        assertEquals(List.of("partnership.csv:2:4: code: blank" + why), problems(blank));

        Path noFile = dataset("");
        Files.delete(noFile.resolve("partnership.csv"));
        IngestRejected missing = assertThrows(IngestRejected.class, () -> Ingest.partnershipCode(noFile));
        assertEquals(List.of("partnership.csv: missing" + why), problems(missing));
    }
}
