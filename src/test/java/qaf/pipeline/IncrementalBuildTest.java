package qaf.pipeline;



import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.ingest.Ingest;
import qaf.publish.BuildReport;
import qaf.publish.Manifest;
import qaf.render.Format;
import qaf.store.Database;

/**
 * Incremental builds: a document is rendered again only when what it is made from changed, the
 * files of documents that no longer exist go, and whatever was kept or rebuilt, the output folder is
 * byte for byte what a full build of the same data writes.
 */
class IncrementalBuildTest {
    private static final Set<String> KINDS = Set.of("chronology", "evaluation-overview", "annual-report-audit");

    @TempDir
    Path dir;

    private Path dataset() throws IOException {
        Path data = dir.resolve("dataset");
        Files.createDirectories(data);
        write(data, "partnership.csv", "name,short_name,area\n"
                + "Kestrel Vale Safeguarding Children Partnership,Kestrel Vale SCP,Kestrel Vale\n");
        write(data, "agencies.csv", AGENCIES);
        write(data, "children.csv", "child_ref,given_name,family_name,date_of_birth\n"
                + "CH1,Zoë,Wiśniewska,14/03/2009\nCH2,Ruairí,Ó Súilleabháin,2011-07-30\nCH3,Aisha,Rahman,2008-01-05\n");
        write(data, "cases.csv", "case_ref,child_ref,case_type,opened_on\n"
                + "C1,CH1,cp,2017-01-10\nC2,CH2,cin,2017-05-02\nC3,CH3,cic,2015-02-02\n");
        write(data, "evaluations.csv", "evaluation_ref,kind,theme,starts_on,panel_on\n"
                + "E1,condensed,Neglect,2018-05-08,2018-05-18\n"
                + "E2,condensed,Exploitation,2018-09-03,2018-09-13\n");
        write(data, "evaluation_cases.csv", "evaluation_ref,case_ref\nE1,C1\nE1,C2\nE2,C3\n");
        write(data, "agency_evaluations.csv", GRADES_HEADER + "E1,C1,KVP,good\nE1,C1,CSC,good\nE1,C2,CSC,good\n"
                + "E2,C3,KVP,good\nE2,C3,CSC,requires-improvement\n");
        write(data, "chronology.csv", "case_ref,agency_code,entry_ref,date,event,source\n"
                + "C1,KVP,1,2018-01-02,Report at the door,Police log\nC2,CSC,1,2018-02-03,Home visit,CSC record\n"
                + "C3,CSC,1,2018-03-04,Strategy meeting,CSC record\n");
        write(data, "reviews.csv", "review_ref,type,child_ref,aware_on\nR1,rapid-review,CH3,2018-06-01\n");
        return data;
    }

    private static final String AGENCIES = "code,name,sector\nKVP,Kestrel Vale Police,police\n"
            + "CSC,Children's Social Care,social-care\n";
    private static final String GRADES_HEADER = "evaluation_ref,case_ref,agency_code,self_grade\n";

    /** A later dataset: only the files given (and the agencies every dataset must hold). */
    private void ingestChange(Database db, String file, String text) throws IOException {
        Path data = Files.createDirectories(dir.resolve("change-" + file));
        write(data, "agencies.csv", AGENCIES);
        write(data, file, text);
        Ingest.ingest(data, db);
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Build.Result build(Database db, Path out, boolean full, String version) throws IOException {
        Build.Options options = new Build.Options(out, "2018-19", KINDS, EnumSet.allOf(Format.class), 2).withFull(full);
        return new Build(db, options, version, BuildProgress.SILENT, Clock.systemUTC()).run();
    }

    /** kind/name → status, from the build report. */
    private static Map<String, String> statuses(Build.Result result) {
        return result.report().documents().stream().collect(Collectors.toMap(
                e -> e.kind() + "/" + e.name(), BuildReport.Entry::status, (a, b) -> a, TreeMap::new));
    }

    /** Every file in the output folder except the build report (which holds times), with its bytes. */
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

    /** {@code out} holds exactly what a full build of the database into a new folder writes. */
    private void assertSameAsAFullBuild(Database db, Path out) throws IOException {
        Path fresh = dir.resolve("fresh");
        build(db, fresh, true, "test");
        assertSameFiles(files(fresh), files(out));
    }

    @Test
    void anUnchangedDatabaseKeepsEveryFileAndTheSameManifest() throws IOException {
        Path out = dir.resolve("out");
        try (Database db = Database.open(dir.resolve("qaf.db"))) {
            Ingest.ingest(dataset(), db);
            Build.Result first = build(db, out, false, "test");
            assertTrue(statuses(first).values().stream().allMatch(BuildReport.BUILT::equals), statuses(first).toString());
            Map<String, byte[]> before = files(out);
            Path kept = out.resolve("2018-19/evaluation-overview/E1.pdf");
            FileTime stamp = FileTime.fromMillis(0);
            Files.setLastModifiedTime(kept, stamp);

            Build.Result second = build(db, out, false, "test");

            assertEquals(7, second.report().skipped(), statuses(second).toString());
            assertEquals(0, second.report().built());
            assertEquals(stamp, Files.getLastModifiedTime(kept), "a kept file is not written again");
            assertSameFiles(before, files(out));
            assertEquals(14, Manifest.read(out).orElseThrow().documents().size());
        }
    }

    @Test
    void oneEvaluationsChangeRebuildsOnlyItsDocumentsAndThoseThatAggregateIt() throws IOException {
        Path out = dir.resolve("out");
        try (Database db = Database.open(dir.resolve("qaf.db"))) {
            Ingest.ingest(dataset(), db);
            build(db, out, false, "test");
            // The panel regrades one agency in E2: a changed row of E2's data only.
            ingestChange(db, "agency_evaluations.csv", "evaluation_ref,case_ref,agency_code,self_grade,panel_grade,"
                    + "regrade_rationale\nE2,C3,KVP,good,requires-improvement,No strategy meeting was asked for\n");

            Map<String, String> statuses = statuses(build(db, out, false, "test"));

            assertEquals(BuildReport.BUILT, statuses.get("evaluation-overview/E2"), statuses.toString());
            assertEquals(BuildReport.BUILT, statuses.get("annual-report-audit/annual-report-audit-2018-19"));
            assertEquals(BuildReport.SKIPPED, statuses.get("evaluation-overview/E1"));
            assertEquals(BuildReport.SKIPPED, statuses.get("chronology/E1_C1"));
            assertEquals(BuildReport.SKIPPED, statuses.get("chronology/E1_C2"));

            // Kept or rebuilt, the folder is exactly what a full build of the changed data writes.
            assertSameAsAFullBuild(db, out);
        }
    }

    @Test
    void aDocumentThatNoLongerExistsIsRemovedWithItsData() throws IOException {
        Path out = dir.resolve("out");
        try (Database db = Database.open(dir.resolve("qaf.db"))) {
            Ingest.ingest(dataset(), db);
            build(db, out, false, "test");
            Path chronology = out.resolve("2018-19/chronology/R1_CH3.pdf");
            assertTrue(Files.exists(chronology));
            // Recorded again as a child death review: those have no chronology.
            ingestChange(db, "reviews.csv", "review_ref,type,child_ref,aware_on\nR1,child-death-review,CH3,2018-06-01\n");

            Build.Result result = build(db, out, false, "test");

            assertTrue(result.removed().containsAll(List.of("2018-19/chronology/R1_CH3.docx",
                    "2018-19/chronology/R1_CH3.pdf", "2018-19/chronology/R1_CH3.data/entries.csv")), result.removed()
                    .toString());
            assertTrue(result.removed().stream().allMatch(p -> p.startsWith("2018-19/chronology/R1_CH3.")),
                    result.removed().toString());
            assertFalse(Files.exists(chronology));
            assertFalse(Files.exists(out.resolve("2018-19/chronology/R1_CH3.data")));
            assertTrue(Manifest.read(out).orElseThrow().documents().stream().noneMatch(d -> d.path().contains("R1_")));
        }
    }

    @Test
    void damagedMissingAndStrayFilesAreRepaired() throws IOException {
        Path out = dir.resolve("out");
        try (Database db = Database.open(dir.resolve("qaf.db"))) {
            Ingest.ingest(dataset(), db);
            build(db, out, false, "test");
            Map<String, byte[]> good = files(out);
            Files.write(out.resolve("2018-19/chronology/E1_C1.pdf"), new byte[] {'%', 'P', 'D', 'F'});
            Files.delete(out.resolve("2018-19/evaluation-overview/E2.docx"));
            Files.delete(out.resolve("2018-19/evaluation-overview/E2.data/grade-matrix.csv"));
            // What a build killed after publishing, before its manifest, can leave: a file no manifest lists.
            Files.writeString(out.resolve("2018-19/chronology/E9_C9.pdf"), "left by a killed build");

            Map<String, String> statuses = statuses(build(db, out, false, "test"));

            assertEquals(BuildReport.BUILT, statuses.get("chronology/E1_C1"));
            assertEquals(BuildReport.BUILT, statuses.get("evaluation-overview/E2"));
            assertEquals(BuildReport.SKIPPED, statuses.get("chronology/E1_C2"));
            assertSameFiles(good, files(out));
        }
    }

    @Test
    void aDifferentQafOrFullRendersEverythingAgainToTheSameBytes() throws IOException {
        Path out = dir.resolve("out");
        try (Database db = Database.open(dir.resolve("qaf.db"))) {
            Ingest.ingest(dataset(), db);
            build(db, out, false, "test");
            Map<String, byte[]> before = files(out);

            Build.Result full = build(db, out, true, "test");
            assertEquals(7, full.report().built());
            assertSameFiles(before, files(out));

            Build.Result upgraded = build(db, out, false, "test-2");
            assertEquals(7, upgraded.report().built(), "a new version never trusts the old files");
        }
    }

    @Test
    void aBuildOfSomeKindsKeepsTheOthersInTheManifest() throws IOException {
        Path out = dir.resolve("out");
        try (Database db = Database.open(dir.resolve("qaf.db"))) {
            Ingest.ingest(dataset(), db);
            build(db, out, false, "test");
            Manifest all = Manifest.read(out).orElseThrow();

            Build.Options chronologies = new Build.Options(out, "2018-19", Set.of("chronology"),
                    EnumSet.allOf(Format.class), 1);
            new Build(db, chronologies, "test", BuildProgress.SILENT, Clock.systemUTC()).run();

            assertEquals(all.documents(), Manifest.read(out).orElseThrow().documents());
        }
    }

    /**
     * One format built after a change, then the change undone: the other format's old file is current
     * again and kept, but it must be listed with the data files as they are now, not as they were.
     */
    @Test
    void aFormatKeptAfterAnotherWasRebuiltListsTheDataFilesAsNowWritten() throws IOException {
        Path out = dir.resolve("out");
        String grades = "evaluation_ref,case_ref,agency_code,self_grade,panel_grade,regrade_rationale\n";
        try (Database db = Database.open(dir.resolve("qaf.db"))) {
            Ingest.ingest(dataset(), db);
            build(db, out, false, "test");
            ingestChange(db, "agency_evaluations.csv", grades + "E2,C3,KVP,good,requires-improvement,No strategy meeting\n");
            new Build(db, new Build.Options(out, "2018-19", KINDS, EnumSet.of(Format.PDF), 1), "test",
                    BuildProgress.SILENT, Clock.systemUTC()).run();
            ingestChange(db, "agency_evaluations.csv", grades + "E2,C3,KVP,good,,\n");

            build(db, out, false, "test");

            assertSameAsAFullBuild(db, out);
        }
    }

    @Test
    void aBuildOfOneFormatKeepsTheOtherFormatsFilesOfDocumentsThatStillExist() throws IOException {
        Path out = dir.resolve("out");
        try (Database db = Database.open(dir.resolve("qaf.db"))) {
            Ingest.ingest(dataset(), db);
            build(db, out, false, "test");
            Map<String, byte[]> both = files(out);
            ingestChange(db, "reviews.csv", "review_ref,type,child_ref,aware_on\nR1,child-death-review,CH3,2018-06-01\n");

            Build.Options pdfOnly = new Build.Options(out, "2018-19", KINDS, EnumSet.of(Format.PDF), 1).withFull(true);
            new Build(db, pdfOnly, "test", BuildProgress.SILENT, Clock.systemUTC()).run();

            assertTrue(Files.exists(out.resolve("2018-19/chronology/E1_C1.docx")), "a DOCX of a document still there");
            assertFalse(Files.exists(out.resolve("2018-19/chronology/R1_CH3.docx")), "a DOCX of a document gone");
            Map<String, byte[]> now = files(out);
            // The manifest and the front page list the documents, so they change with them.
            both.keySet().removeIf(p -> p.contains("R1_CH3") || p.equals(Manifest.FILE_NAME)
                    || p.equals(qaf.frontpage.FrontPage.FILE_NAME));
            now.remove(Manifest.FILE_NAME);
            now.remove(qaf.frontpage.FrontPage.FILE_NAME);
            assertSameFiles(both, now);
            assertEquals(12, Manifest.read(out).orElseThrow().documents().size(), "6 documents in both formats");
        }
    }

    /** Counts what it composes: the nightly no-op must compose nothing. */
    private static final class Counting<K extends qaf.kind.DocumentKey, D extends qaf.document.ReportDocument>
            implements qaf.kind.DocumentKind<K, D> {
        private final qaf.kind.DocumentKind<K, D> kind;
        int composed;

        Counting(qaf.kind.DocumentKind<K, D> kind) {
            this.kind = kind;
        }

        @Override
        public String id() {
            return kind.id();
        }

        @Override
        public List<K> keys(Database db, qaf.kind.BuildContext context) {
            return kind.keys(db, context);
        }

        @Override
        public D compose(Database db, qaf.kind.BuildContext context, K key) {
            composed++;
            return kind.compose(db, context, key);
        }

        @Override
        public qaf.render.Renderer<D> renderer(Format format) {
            return kind.renderer(format);
        }
    }

    @Test
    void nothingChangedSinceTheLastBuildComposesNothingAndSaysEveryDocumentIsUnchanged() throws IOException {
        Path out = dir.resolve("out");
        try (Database db = Database.open(dir.resolve("qaf.db"))) {
            Ingest.ingest(dataset(), db);
            Counting<?, ?> overview = new Counting<>(new qaf.evaluationoverview.EvaluationOverviewKind());
            Build.Options options = new Build.Options(out, "2018-19", Set.of(), EnumSet.allOf(Format.class), 1);
            Build.Result first = new Build(db, List.of(overview), options, "test", BuildProgress.SILENT,
                    Clock.systemUTC()).run();
            assertEquals(2, overview.composed);
            Map<String, byte[]> before = files(out);

            Build.Result second = new Build(db, List.of(overview), options, "test", BuildProgress.SILENT,
                    Clock.systemUTC()).run();
            assertEquals(2, overview.composed, "the no-op composed a document");
            assertEquals(first.report().documents().size(), second.report().skipped());
            assertEquals(first.report().privacy(), second.report().privacy());
            assertEquals(first.report().narrative(), second.report().narrative());
            assertSameFiles(before, files(out));

            // A changed row, a touched file or --full: the build runs (and repairs) as usual.
            ingestChange(db, "agency_evaluations.csv", GRADES_HEADER + "E1,C1,KVP,outstanding\n");
            new Build(db, List.of(overview), options, "test", BuildProgress.SILENT, Clock.systemUTC()).run();
            assertEquals(4, overview.composed, "a data change must compose again");
            Files.setLastModifiedTime(out.resolve("2018-19/evaluation-overview/E2.pdf"), FileTime.fromMillis(0));
            new Build(db, List.of(overview), options, "test", BuildProgress.SILENT, Clock.systemUTC()).run();
            assertEquals(6, overview.composed, "a touched output file must compose again");
            new Build(db, List.of(overview), options.withFull(true), "test", BuildProgress.SILENT,
                    Clock.systemUTC()).run();
            assertEquals(8, overview.composed, "--full must compose again");
        }
    }
    /**
     * The no-op remembers the data's digest with the database file's size and modification time, so
     * an untouched file is not read row by row again; a write by another process (the nightly ingest)
     * changes the file and the build must see it. The clock is a minute ahead so the file's stamp counts
     * as settled (a stamp within seconds of a write is never remembered).
     */
    @Test
    void aRememberedDataDigestIsDroppedWhenTheDatabaseFileIsWrittenAgain() throws IOException {
        Path out = dir.resolve("out");
        Path file = dir.resolve("qaf.db");
        Clock later = Clock.offset(Clock.systemUTC(), java.time.Duration.ofMinutes(1));
        Counting<?, ?> overview = new Counting<>(new qaf.evaluationoverview.EvaluationOverviewKind());
        Build.Options options = new Build.Options(out, "2018-19", Set.of(), EnumSet.allOf(Format.class), 1);
        try (Database db = Database.open(file)) {
            Ingest.ingest(dataset(), db);
        }
        try (Database db = Database.open(file)) {
            new Build(db, List.of(overview), options, "test", BuildProgress.SILENT, Clock.systemUTC()).run();
        }
        assertEquals(2, overview.composed);
        assertFalse(Files.readString(out.resolve(Unchanged.FILE), StandardCharsets.UTF_8).contains("\ndata "),
                "a database written within seconds of the build must not have its digest remembered");
        try (Database db = Database.open(file)) {
            new Build(db, List.of(overview), options, "test", BuildProgress.SILENT, later).run();
        }
        assertEquals(2, overview.composed, "an untouched database must be a no-op");
        assertTrue(Files.readString(out.resolve(Unchanged.FILE), StandardCharsets.UTF_8).contains("\ndata "),
                "the no-op should remember the digest once the closed database's stamp has settled");
        try (Database db = Database.open(file)) {
            new Build(db, List.of(overview), options, "test", BuildProgress.SILENT, later).run();
        }
        assertEquals(2, overview.composed, "a remembered digest of an untouched database must be a no-op");

        try (Database db = Database.open(file)) {
            ingestChange(db, "agency_evaluations.csv", GRADES_HEADER + "E1,C1,KVP,outstanding\n");
        }
        try (Database db = Database.open(file)) {
            new Build(db, List.of(overview), options, "test", BuildProgress.SILENT, later).run();
        }
        assertTrue(overview.composed > 2, "a database written since must compose again");
    }
}
