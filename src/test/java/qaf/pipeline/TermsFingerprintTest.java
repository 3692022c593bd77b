package qaf.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.ingest.Ingest;
import qaf.publish.BuildReport;
import qaf.render.Format;
import qaf.store.Database;
import qaf.testing.PdfText;
import qaf.testing.SmallDataset;

/** The terms are read once per build into its context, and a changed terms.csv renders the documents again. */
class TermsFingerprintTest {
    private static final Set<String> KINDS = Set.of("annual-report-audit", "agency-feedback");

    @TempDir
    Path dir;

    private static Map<String, String> build(Database db, Path out) throws IOException {
        Build.Options options = new Build.Options(out, "2018-19", KINDS, EnumSet.of(Format.PDF), 1);
        Build.Result result = new Build(db, options, "test", BuildProgress.SILENT, Clock.systemUTC()).run();
        return result.report().documents().stream().collect(Collectors.toMap(e -> e.kind() + "/" + e.name(),
                BuildReport.Entry::status, (a, b) -> a, TreeMap::new));
    }

    @Test
    void aChangedTermsFileRendersTheDocumentsAgainInTheNewWords() throws IOException {
        Path out = dir.resolve("out");
        try (Database db = Database.open(dir.resolve("qaf.db"))) {
            Path data = SmallDataset.write(dir.resolve("dataset"));
            Ingest.ingest(data, db);
            build(db, out);
            Path audit = out.resolve("2018-19/annual-report-audit/annual-report-audit-2018-19.pdf");
            assertTrue(PdfText.project(Files.readAllBytes(audit)).contains("Audit and Scrutiny annual report"));

            // The same dataset again, now with its terms: only terms.csv is new.
            Files.writeString(data.resolve("terms.csv"), "term,text\naudit-subgroup,Quality and Learning Group\n",
                    StandardCharsets.UTF_8);
            Ingest.ingest(data, db);
            Map<String, String> statuses = build(db, out);

            assertFalse(statuses.isEmpty());
            assertEquals(Set.of(BuildReport.BUILT), Set.copyOf(statuses.values()), statuses.toString());
            String text = PdfText.project(Files.readAllBytes(audit));
            assertTrue(text.contains("Quality and Learning Group annual report 2018-19"), text);
            assertFalse(text.contains("Audit and Scrutiny"), text);
        }
    }
}
