package qaf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import qaf.calendar.StrictDates;
import qaf.render.docx.DocxProjection;
import qaf.render.pdf.VeraPdf;
import qaf.testing.PdfText;
import qaf.testing.PrivacyScan;

/**
 * The packaged application end to end, as a user runs it: {@code ./qaf build} on the sample data into
 * a fresh database, twice. Runs after {@code package} (failsafe).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QafSmokeIT {
    @TempDir
    static Path work;

    private Path first;
    private Path second;
    private String firstLog;

    @BeforeAll
    void buildTwice() throws IOException, InterruptedException {
        first = work.resolve("out1");
        second = work.resolve("out2");
        firstLog = qaf(0, "build", "--db", work.resolve("one.db").toString(), "--out", first.toString(),
                "--board-pack");
        // The second build renders one document at a time: parallel and serial must give the same bytes.
        qaf(0, "build", "--db", work.resolve("two.db").toString(), "--out", second.toString(), "--jobs", "1",
                "--board-pack");
    }

    private String qaf(int expectedExit, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("./qaf"));
        command.addAll(List.of(args));
        Path log = work.resolve("log-" + System.nanoTime() + ".txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "qaf did not finish");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(expectedExit, p.exitValue(), output);
        return output;
    }

    private JsonNode manifest(Path out) throws IOException {
        return new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    }

    private List<JsonNode> documents(Path out) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        manifest(out).get("documents").forEach(docs::add);
        return docs;
    }

    @Test
    void aFreshDatabaseIsCreatedFromTheSampleFirstAndSaysSo() {
        assertTrue(firstLog.contains("creating it from the sample data"), firstLog);
    }

    @Test
    void writesEveryChronologyInBothFormatsWithItsData() throws IOException {
        List<JsonNode> docs = documents(first);
        long pdfs = docs.stream().filter(d -> d.get("kind").asText().equals("chronology")
                && d.get("format").asText().equals("pdf")).count();
        long docxs = docs.stream().filter(d -> d.get("kind").asText().equals("chronology")
                && d.get("format").asText().equals("docx")).count();
        assertTrue(pdfs >= 25, "expected a chronology per evaluated case and per review child, got " + pdfs);
        assertEquals(pdfs, docxs);
        assertEquals(0, manifest(first).get("failures").size(), manifest(first).toPrettyString());
        assertEquals(2, docs.stream().filter(d -> d.get("kind").asText().equals("board-pack")).count(),
                "the board pack in both formats");
        for (JsonNode d : docs) {
            Path file = first.resolve(d.get("path").asText());
            assertEquals(d.get("bytes").asLong(), Files.size(file), d.get("path").asText());
            for (JsonNode data : d.get("data")) {
                assertTrue(Files.isRegularFile(first.resolve(data.get("path").asText())), data.toString());
            }
        }
    }

    @Test
    void theBuildReportListsEveryDocumentAsBuiltAndNamesNoChild() throws IOException {
        JsonNode report = new ObjectMapper().readTree(first.resolve("build-report.json").toFile());
        Set<String> fromManifest = new HashSet<>();
        for (JsonNode d : documents(first)) {
            String path = d.get("path").asText();
            fromManifest.add(d.get("kind").asText() + "/" + path.substring(path.lastIndexOf('/') + 1, path.lastIndexOf('.')));
        }
        Set<String> fromReport = new HashSet<>();
        for (JsonNode d : report.get("documents")) {
            assertEquals("built", d.get("status").asText(), d.toString());
            fromReport.add(d.get("kind").asText() + "/" + d.get("name").asText());
        }
        assertEquals(fromManifest, fromReport);
        assertEquals(fromReport.size(), report.get("built").asInt());
        String text = Files.readString(first.resolve("build-report.json"), StandardCharsets.UTF_8);
        for (PrivacyScan.Child child : sampleChildren()) {
            assertFalse(text.contains(child.familyName()), "a child's family name in the build report");
            assertFalse(firstLog.contains(child.familyName()), "a child's family name in the build log");
        }
    }

    @Test
    void caseDocumentsAreReadableByTheirOwnerOnly() throws IOException {
        for (JsonNode d : documents(first)) {
            if (d.get("audience").asText().equals("case")) {
                assertEquals("rw-------", PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(first.resolve(d.get("path").asText()))), d.get("path").asText());
            }
        }
    }

    @Test
    void everyPdfPassesVeraPdfForPdfA2aAndPdfUa1() throws IOException {
        for (JsonNode d : documents(first)) {
            if (d.get("format").asText().equals("pdf")) {
                VeraPdf.assertCompliant(Files.readAllBytes(first.resolve(d.get("path").asText())), d.get("path").asText());
            }
        }
    }

    @Test
    void aSecondBuildIsByteIdentical() throws IOException {
        // The build report holds timings, so it differs by design; it is kept out of the manifest for that reason.
        // The no-op key holds the output files' modification times: the state of one folder, not a document.
        Set<String> local = Set.of("build-report.json", ".qaf-build-key");
        List<Path> a = files(first).stream().filter(p -> !local.contains(p.toString())).toList();
        List<Path> b = files(second).stream().filter(p -> !local.contains(p.toString())).toList();
        assertEquals(a, b);
        for (Path rel : a) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(first.resolve(rel)), Files.readAllBytes(second.resolve(rel))),
                    "differs between two builds of the same data: " + rel);
        }
    }

    /**
     * The nightly case: nothing changed since the last build, so every document is kept (the board pack
     * too) and the manifest stays byte for byte the same. Run on the serial build's folder, which no
     * other test reads, and with its own database, which the first build created.
     */
    @Test
    void aRebuildWithNothingChangedKeepsEveryDocument() throws IOException, InterruptedException {
        byte[] manifest = Files.readAllBytes(second.resolve("manifest.json"));
        String log = qaf(0, "build", "--db", work.resolve("two.db").toString(), "--out", second.toString(),
                "--board-pack");
        JsonNode report = new ObjectMapper().readTree(second.resolve("build-report.json").toFile());
        assertEquals(0, report.get("built").asInt(), log);
        assertEquals(report.get("documents").size(), report.get("skipped").asInt(), log);
        assertTrue(log.contains(" documents built, " + report.get("skipped").asInt() + " unchanged, 0 failed"), log);
        assertTrue(java.util.Arrays.equals(manifest, Files.readAllBytes(second.resolve("manifest.json"))));
    }

    @Test
    void noDocumentOutsideTheCaseAudienceNamesAChildOrGivesADateOfBirth() throws IOException {
        List<PrivacyScan.Child> children = sampleChildren();
        Set<LocalDate> recordDates = sampleRecordDates();
        long ambiguous = children.stream().filter(c -> recordDates.contains(c.dateOfBirth())).count();
        // A coincidence for a few children is expected in a year of dated records; for most it would
        // leave the date-of-birth check meaning nothing.
        assertTrue(ambiguous * 4 < children.size(), ambiguous + " of " + children.size()
                + " dates of birth coincide with record dates");
        int caseDocsChecked = 0;
        for (JsonNode d : documents(first)) {
            byte[] bytes = Files.readAllBytes(first.resolve(d.get("path").asText()));
            String text = d.get("format").asText().equals("pdf")
                    ? PdfText.textAndMetadata(bytes) : DocxProjection.allText(bytes);
            List<String> found = PrivacyScan.findings(text, children, recordDates);
            if (d.get("audience").asText().equals("case")) {
                // The scanner must see what is there: a case document does name its child.
                assertFalse(found.isEmpty(), "the privacy scan found no child in case document " + d.get("path"));
                caseDocsChecked++;
            } else {
                assertEquals(List.of(), found, d.get("path").asText());
            }
        }
        assertTrue(caseDocsChecked > 0);
    }

    /** The user's own check of a built folder: every board and public file, text, metadata and tables. */
    @Test
    void qafPrivacyScanFindsNoChildOutsideCaseDocuments() throws IOException, InterruptedException {
        String log = qaf(0, "privacy-scan", first.toString(), "--db", work.resolve("one.db").toString());
        assertTrue(log.contains("privacy-scan: no child found in 0 of "), log);
    }

    private static List<PrivacyScan.Child> sampleChildren() throws IOException {
        List<PrivacyScan.Child> children = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(Path.of("sample-data", "children.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                children.add(new PrivacyScan.Child(r.get("child_ref"), r.get("given_name"), r.get("family_name"),
                        StrictDates.parse(r.get("date_of_birth"))));
            }
        }
        assertFalse(children.isEmpty());
        return children;
    }

    /**
     * Dates of the sample's non-personal records (actions, panels, returns, events…): every "_on"
     * column outside the files that describe a child, a case or its chronology.
     */
    private static Set<LocalDate> sampleRecordDates() throws IOException {
        Set<String> personal = Set.of("children.csv", "cases.csv", "chronology.csv");
        Set<LocalDate> dates = new HashSet<>();
        try (Stream<Path> csvs = Files.list(Path.of("sample-data"))) {
            for (Path csv : csvs.filter(p -> p.toString().endsWith(".csv")).toList()) {
                if (personal.contains(csv.getFileName().toString())) {
                    continue;
                }
                try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                    var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
                    List<String> columns = parser.getHeaderNames().stream().filter(h -> h.endsWith("_on")).toList();
                    for (CSVRecord r : parser) {
                        for (String column : columns) {
                            if (!r.get(column).isBlank()) {
                                dates.add(StrictDates.parse(r.get(column)));
                            }
                        }
                    }
                }
            }
        }
        return dates;
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
