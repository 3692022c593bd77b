package qaf.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.catalogue.Catalogue;
import qaf.document.ReportDocument;
import qaf.ingest.Ingest;
import qaf.kind.BuildContext;
import qaf.kind.DocumentKey;
import qaf.kind.DocumentKind;
import qaf.publish.BuildReport;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.store.Database;

/**
 * One snapshot per build: an ingest committed from another connection while the build is composing
 * (after its first document, by a hook in the first kind — no timing involved) changes nothing the
 * build publishes; the next build publishes the change.
 */
class SnapshotBuildTest {
    private static final Set<String> KINDS = Set.of("chronology", "evaluation-overview", "annual-report-audit");
    private static final String AGENCIES = "code,name,sector\nKVP,Kestrel Vale Police,police\n"
            + "CSC,Children's Social Care,social-care\n";

    @TempDir
    Path dir;

    private Path dataset() throws IOException {
        Path data = Files.createDirectories(dir.resolve("dataset"));
        write(data, "partnership.csv", "name,short_name,area\n"
                + "Kestrel Vale Safeguarding Children Partnership,Kestrel Vale SCP,Kestrel Vale\n");
        write(data, "agencies.csv", AGENCIES);
        write(data, "children.csv", "child_ref,given_name,family_name,date_of_birth\n"
                + "CH1,Zoë,Wiśniewska,14/03/2009\nCH2,Ruairí,Ó Súilleabháin,2011-07-30\nCH3,Aisha,Rahman,2008-01-05\n");
        write(data, "cases.csv", "case_ref,child_ref,case_type,opened_on\n"
                + "C1,CH1,cp,2017-01-10\nC2,CH2,cin,2017-05-02\nC3,CH3,cic,2015-02-02\n");
        write(data, "evaluations.csv", "evaluation_ref,kind,theme,starts_on,panel_on\n"
                + "E1,condensed,Neglect,2018-05-08,2018-05-18\nE2,condensed,Exploitation,2018-09-03,2018-09-13\n");
        write(data, "evaluation_cases.csv", "evaluation_ref,case_ref\nE1,C1\nE1,C2\nE2,C3\n");
        write(data, "agency_evaluations.csv", "evaluation_ref,case_ref,agency_code,self_grade\n"
                + "E1,C1,KVP,good\nE1,C1,CSC,good\nE1,C2,CSC,good\nE2,C3,KVP,good\nE2,C3,CSC,requires-improvement\n");
        write(data, "chronology.csv", "case_ref,agency_code,entry_ref,date,event,source\n"
                + "C1,KVP,1,2018-01-02,Report at the door,Police log\nC2,CSC,1,2018-02-03,Home visit,CSC record\n"
                + "C3,CSC,1,2018-03-04,Strategy meeting,CSC record\n");
        return data;
    }

    /** What another process ingests mid-build: every evaluation, grade and chronology entry changes. */
    private Path change() throws IOException {
        Path data = Files.createDirectories(dir.resolve("change"));
        write(data, "agencies.csv", AGENCIES);
        write(data, "evaluations.csv", "evaluation_ref,kind,theme,starts_on,panel_on\n"
                + "E1,condensed,Domestic abuse,2018-05-08,2018-05-18\nE2,condensed,Online harm,2018-09-03,2018-09-13\n");
        write(data, "agency_evaluations.csv", "evaluation_ref,case_ref,agency_code,self_grade,panel_grade,"
                + "regrade_rationale\nE1,C1,KVP,good,inadequate,No referral was made\n"
                + "E2,C3,KVP,good,requires-improvement,No strategy meeting was asked for\n");
        write(data, "chronology.csv", "case_ref,agency_code,entry_ref,date,event,source\n"
                + "C1,KVP,1,2018-01-02,Report at the door again,Police log\nC2,CSC,1,2018-02-03,Home visit missed,"
                + "CSC record\nC3,CSC,1,2018-03-04,Strategy meeting held,CSC record\n");
        return data;
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Build.Options options(Path out) {
        return new Build.Options(out, "2018-19", KINDS, EnumSet.allOf(Format.class), 2).withFull(true);
    }

    @Test
    void anIngestCommittedDuringABuildChangesNothingItPublishes() throws IOException {
        Path file = dir.resolve("qaf.db");
        Path before = dir.resolve("before");
        Path during = dir.resolve("during");
        Path after = dir.resolve("after");
        try (Database db = Database.open(file)) {
            Ingest.ingest(dataset(), db);
            new Build(db, options(before), "test", BuildProgress.SILENT, Clock.systemUTC()).run();

            AtomicInteger composed = new AtomicInteger();
            List<Integer> ingestedAt = new ArrayList<>();
            Runnable hook = () -> {
                // After the first document: the rest would read the new data without one snapshot.
                if (composed.incrementAndGet() == 2) {
                    try (Database other = Database.open(file)) {
                        Ingest.ingest(change(), other);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    ingestedAt.add(composed.get());
                }
            };
            List<DocumentKind<?, ?>> kinds = new ArrayList<>();
            Catalogue.select(KINDS).forEach(k -> kinds.add(hooked(k, hook)));
            Build.Result result = new Build(db, kinds, options(during), "test", BuildProgress.SILENT,
                    Clock.systemUTC()).run();

            assertEquals(List.of(2), ingestedAt, "the ingest ran once, during the build");
            assertFalse(result.failed(), result.failures().toString());
            assertTrue(composed.get() > 5, "documents were composed after the ingest: " + composed.get());
            assertSameFiles(files(before), files(during));

            // The ingest was committed: the next build publishes it (so the comparison above could fail).
            new Build(db, options(after), "test", BuildProgress.SILENT, Clock.systemUTC()).run();
            Map<String, byte[]> changed = files(after);
            List<String> differing = files(before).entrySet().stream()
                    .filter(e -> !Arrays.equals(e.getValue(), changed.get(e.getKey()))).map(Map.Entry::getKey).toList();
            assertTrue(differing.stream().anyMatch(p -> p.contains("/chronology/")), differing.toString());
            assertTrue(differing.stream().anyMatch(p -> p.contains("/evaluation-overview/")), differing.toString());
        }
    }

    /**
     * The screen reads every child, so a board or public document's fingerprint holds the children:
     * a child typed differently screens them again, while a case document of another child is kept.
     */
    @Test
    void aChangedChildScreensEveryBoardDocumentAgainButKeepsOtherChildrensCaseDocuments() throws IOException {
        Path out = dir.resolve("out");
        try (Database db = Database.open(dir.resolve("qaf.db"))) {
            Ingest.ingest(dataset(), db);
            Build.Options incremental = new Build.Options(out, "2018-19", KINDS, EnumSet.allOf(Format.class), 2);
            new Build(db, incremental, "test", BuildProgress.SILENT, Clock.systemUTC()).run();
            Path data = Files.createDirectories(dir.resolve("child"));
            write(data, "agencies.csv", AGENCIES);
            write(data, "children.csv", "child_ref,given_name,family_name,date_of_birth\n"
                    + "CH1,Zoë,Wiśniewska-Nowak,14/03/2009\n");
            Ingest.ingest(data, db);

            Build.Result again = new Build(db, incremental, "test", BuildProgress.SILENT, Clock.systemUTC()).run();

            Map<String, String> statuses = new TreeMap<>();
            again.report().documents().forEach(e -> statuses.put(e.kind() + "/" + e.name(), e.status()));
            assertEquals(BuildReport.BUILT, statuses.get("evaluation-overview/E1"), statuses.toString());
            assertEquals(BuildReport.BUILT, statuses.get("evaluation-overview/E2"), statuses.toString());
            assertEquals(BuildReport.BUILT, statuses.get("annual-report-audit/annual-report-audit-2018-19"));
            assertEquals(BuildReport.SKIPPED, statuses.get("chronology/E1_C2"), statuses.toString());
            assertEquals(BuildReport.SKIPPED, statuses.get("chronology/E2_C3"), statuses.toString());
        }
    }

    @Test
    void noWriteCanBeginInsideABuildsSnapshot() throws IOException {
        try (Database db = Database.open(dir.resolve("qaf.db"))) {
            Ingest.ingest(dataset(), db);
            try (Database.Snapshot snapshot = db.readSnapshot()) {
                assertThrows(IllegalStateException.class, () -> Ingest.ingest(change(), db));
                assertThrows(IllegalStateException.class, db::readSnapshot);
            }
            // Closed, the connection writes again.
            Ingest.ingest(change(), db);
        }
    }

    /** The kind as it is, calling {@code hook} before each compose. */
    private static <K extends DocumentKey, D extends ReportDocument> DocumentKind<K, D> hooked(DocumentKind<K, D> kind,
            Runnable hook) {
        return new DocumentKind<>() {
            @Override
            public String id() {
                return kind.id();
            }

            @Override
            public List<K> keys(Database db, BuildContext context) {
                return kind.keys(db, context);
            }

            @Override
            public D compose(Database db, BuildContext context, K key) {
                hook.run();
                return kind.compose(db, context, key);
            }

            @Override
            public Renderer<D> renderer(Format format) {
                return kind.renderer(format);
            }
        };
    }

    /** Every file but the build report (times) and qaf's own work files, with its bytes. */
    private static Map<String, byte[]> files(Path out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = out.relativize(p).toString();
                if (!name.equals(BuildReport.FILE_NAME) && !name.startsWith(".qaf")) {
                    files.put(name, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            assertArrayEquals(expected.get(name), actual.get(name), name);
        }
    }
}
