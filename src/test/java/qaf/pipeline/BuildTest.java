package qaf.pipeline;

import qaf.document.DocumentMeta;
import qaf.kind.BuildContext;
import qaf.kind.DocumentKind;
import qaf.analysis.chronology.ChronologySubject;



import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.chronology.ChronologyDocument;
import qaf.chronology.ChronologyKind;
import qaf.ingest.Ingest;
import qaf.publish.BuildReport;
import qaf.publish.Manifest;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.render.pdf.VeraPdf;
import qaf.store.Database;
import qaf.testing.PdfText;

/**
 * The build over awkward data: long and hostile text, an agency with no entries, a case with no
 * chronology, and the failure policy — one document failing never stops the others.
 */
class BuildTest {
    private static final String LONG_END = "END-OF-THE-LONG-ENTRY";

    @TempDir
    Path dir;

    /** A small dataset written as CSV text, as a partnership would send it. */
    private Path dataset(int bulkEntries) throws IOException {
        Path data = dir.resolve("dataset");
        Files.createDirectories(data);
        write(data, "partnership.csv", "name,short_name,area\n"
                + "Kestrel Vale Safeguarding Children Partnership,Kestrel Vale SCP,Kestrel Vale\n");
        write(data, "agencies.csv", "code,name,sector\n"
                + "KVP,Kestrel Vale Police,police\nCSC,Children's Social Care,social-care\n"
                + "YJS,Youth Justice Service,youth-justice\n");
        write(data, "children.csv", "child_ref,given_name,family_name,date_of_birth\n"
                + "CH1,Zoë,Wiśniewska,14/03/2009\nCH2,Ruairí,Ó Súilleabháin,2011-07-30\nCH3,Aisha,Rahman,2008-01-05\n");
        write(data, "cases.csv", "case_ref,child_ref,case_type,opened_on\n"
                + "C1,CH1,cp,2017-01-10\nC2,CH2,cin,2017-05-02\nC3,CH3,cic,2015-02-02\n");
        write(data, "evaluations.csv", "evaluation_ref,kind,theme,starts_on,panel_on\n"
                + "E1,condensed,Neglect,2018-05-08,2018-05-18\n");
        write(data, "evaluation_cases.csv", "evaluation_ref,case_ref\nE1,C1\nE1,C2\n" + (bulkEntries > 0 ? "E1,C3\n" : ""));
        write(data, "agency_evaluations.csv", "evaluation_ref,case_ref,agency_code,self_grade\n"
                + "E1,C1,KVP,good\nE1,C1,CSC,good\nE1,C1,YJS,requires-improvement\nE1,C2,CSC,good\n");
        StringBuilder chronology = new StringBuilder(
                "case_ref,agency_code,entry_ref,date,time,event,source,child_voice,action,key_event\n");
        chronology.append("C1,KVP,1,2018-01-02,09:00,\"Report of <script>&amp; ${jndi:x} at the door\",Police log,"
                + "\"Said \"\"I'm scared\"\"\",,yes\n");
        chronology.append("C1,CSC,1,2018-02,,Home visit; family speak Arabic: العائلة بخير 😊,CSC record,,Visit,\n");
        chronology.append("C1,CSC,2,2018-03-04,,\"").append("Long assessment text. ".repeat(1360)).append(LONG_END)
                .append("\",CSC record,,,\n");
        for (int i = 0; i < bulkEntries; i++) {
            chronology.append("C3,KVP,B").append(i).append(',').append(2016 + i % 3).append('-')
                    .append(String.format("%02d", 1 + i % 12)).append("-1").append(i % 9).append(",,Bulk entry ")
                    .append(i).append(",Police log,,,\n");
        }
        write(data, "chronology.csv", chronology.toString());
        return data;
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Database database(int bulkEntries) throws IOException {
        Database db = Database.open(dir.resolve("qaf.db"));
        Ingest.ingest(dataset(bulkEntries), db);
        return db;
    }

    /** Every kind: awkward data must not fail any of them. */
    private Build.Options options(Path out) {
        return new Build.Options(out, null, Set.of(), EnumSet.allOf(Format.class), 2);
    }

    @Test
    void awkwardTextAndMissingEntriesRenderWholeAndPassVeraPdf() throws IOException {
        Path out = dir.resolve("out");
        try (Database db = database(0)) {
            Build.Result result = new Build(db, options(out), "test", BuildProgress.SILENT, Clock.systemUTC()).run();
            assertEquals(List.of(), result.failures());
        }
        // Every kind builds (with no audits or actions here, the audit kinds say so); the chronology's
        // two cases give four files whatever other kinds are registered.
        try (Stream<Path> files = Files.list(out.resolve("2018-19/chronology"))) {
            assertEquals(4, files.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".docx")).count());
        }
        String overview = PdfText.project(Files.readAllBytes(out.resolve("2018-19/evaluation-overview/E1.pdf")))
                .replaceAll("\\s+", " ");
        assertTrue(overview.contains("Youth Justice Service graded its involvement in case C1 but sent no chronology"
                + " entries."), overview);
        Path c1 = out.resolve("2018-19/chronology/E1_C1.pdf");
        byte[] pdf = Files.readAllBytes(c1);
        VeraPdf.assertCompliant(pdf, c1.toString());
        String text = PdfText.project(pdf);
        assertTrue(text.contains(LONG_END), "the 30,000-character entry was cut short");
        assertTrue(text.contains("<script>&amp; ${jndi:x}"), "markup-like text must be shown as text");
        assertTrue(text.contains("Youth Justice Service is involved but submitted no chronology entries."));
        String empty = PdfText.project(Files.readAllBytes(out.resolve("2018-19/chronology/E1_C2.pdf")));
        assertTrue(empty.contains("No chronology entries have been received for this case."), empty);
        assertTrue(Files.size(out.resolve("2018-19/chronology/E1_C2.docx")) > 0);
    }

    @Test
    void oneFailingDocumentIsRecordedAndTheOthersStillBuild() throws IOException {
        Path out = dir.resolve("out");
        ChronologyKind real = new ChronologyKind();
        DocumentKind<ChronologyKind.Key, ChronologyDocument> flaky = new DocumentKind<>() {
            @Override
            public String id() {
                return real.id();
            }

            @Override
            public List<ChronologyKind.Key> keys(Database db, BuildContext context) {
                List<ChronologyKind.Key> keys = new ArrayList<>(real.keys(db, context));
                keys.add(new ChronologyKind.Key(ChronologySubject.evaluationCase("E1", "NO-SUCH-CASE")));
                return keys;
            }

            @Override
            public ChronologyDocument compose(Database db, BuildContext context, ChronologyKind.Key key) {
                return real.compose(db, context, key);
            }

            @Override
            public Renderer<ChronologyDocument> renderer(Format format) {
                Renderer<ChronologyDocument> renderer = real.renderer(format);
                return (doc, context, stream) -> {
                    if (format == Format.PDF && doc.name().equals("E1_C2")) {
                        stream.write("%PDF-1.7 half a file".getBytes(StandardCharsets.US_ASCII));
                        throw new IllegalStateException("renderer broke");
                    }
                    renderer.render(doc, context, stream);
                };
            }
        };
        List<BuildReport.Entry> seen = new ArrayList<>();
        BuildProgress recording = new BuildProgress() {
            @Override
            public void started(int documents) {
                assertEquals(3, documents, "two cases and the missing one");
            }

            @Override
            public void kindStarted(String kind) {
                assertEquals("chronology", kind);
            }

            @Override
            public void documentDone(BuildReport.Entry entry) {
                seen.add(entry);
            }
        };
        try (Database db = database(0)) {
            Build.Result result = new Build(db, List.of(flaky), options(out), "test", recording, Clock.systemUTC()).run();
            assertEquals(3, result.published());
            assertEquals(2, result.failures().size(), result.failures().toString());
            assertTrue(result.failed());
        }
        assertFalse(Files.exists(out.resolve("2018-19/chronology/E1_C2.pdf")), "a failed document must not be published");
        assertTrue(Files.exists(out.resolve("2018-19/chronology/E1_C2.docx")));
        assertTrue(Files.exists(out.resolve("2018-19/chronology/E1_C1.pdf")));
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().contains(".qaf-tmp-")).toList());
        }
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(3, manifest.get("documents").size());
        assertEquals(2, manifest.get("failures").size());
        // Told to the display in submission order; the compose failure keeps its place.
        assertEquals(List.of("E1_C1 built [pdf, docx]", "E1_C2 failed [docx]", "E1_NO-SUCH-CASE failed []"),
                seen.stream().map(e -> e.name() + " " + e.status() + " " + e.formats()).toList());
        assertEquals(null, seen.get(0).error());
        assertEquals("pdf: IllegalStateException: renderer broke", seen.get(1).error());
        assertTrue(seen.get(2).error().startsWith("all: "), seen.get(2).error());
        // The report file says the same, with durations; reasons name what broke, never document text.
        String reportText = Files.readString(out.resolve(BuildReport.FILE_NAME), StandardCharsets.UTF_8);
        JsonNode report = new ObjectMapper().readTree(reportText);
        assertEquals(1, report.get("built").asInt());
        assertEquals(2, report.get("failed").asInt());
        assertEquals("pdf: IllegalStateException: renderer broke", report.get("documents").get(1).get("error").asText());
        assertFalse(reportText.contains("Ruairí"), "a child's name in the build report");
        assertFalse(manifest.toString().contains("durationMs"), "the manifest must hold nothing that varies by run");
    }

    @Test
    void twoDocumentsWhoseNamesDifferOnlyByCaseBothFailAndNeitherIsPublished() throws IOException {
        Path out = dir.resolve("out");
        ChronologyKind real = new ChronologyKind();
        // Ingest refuses such refs; the publisher is the independent check: a kind whose second document
        // lands on the first one's file name (E1_C1 and e1_c1 are one file where partnerships share them).
        DocumentKind<ChronologyKind.Key, ChronologyDocument> clashing = new DocumentKind<>() {
            @Override
            public String id() {
                return real.id();
            }

            @Override
            public List<ChronologyKind.Key> keys(Database db, BuildContext context) {
                return real.keys(db, context);
            }

            @Override
            public ChronologyDocument compose(Database db, BuildContext context, ChronologyKind.Key key) {
                ChronologyDocument d = real.compose(db, context, key);
                if (!key.subject().caseRef().equals("C2")) {
                    return d;
                }
                DocumentMeta m = d.meta();
                return new ChronologyDocument(new DocumentMeta(m.kind(), m.partnershipName(), m.title(), m.subtitle(),
                        m.audience(), List.of("e1", "c1")), d.childName(), d.dateOfBirth(), d.context(), d.firstDate(),
                        d.lastDate(), d.agencies(), d.voiceWithoutAction(), d.keyEvents(), d.entries(), d.timeline(),
                        d.notes());
            }

            @Override
            public Renderer<ChronologyDocument> renderer(Format format) {
                return real.renderer(format);
            }
        };
        try (Database db = database(0)) {
            Build.Result result = new Build(db, List.of(clashing), options(out), "test", BuildProgress.SILENT,
                    Clock.systemUTC()).run();
            assertTrue(result.failed());
            // The second is named by its key, the first by its file: both are listed.
            assertEquals(List.of("E1_C1", "E1_C2"), result.failures().stream().map(Manifest.Failure::name).sorted()
                    .toList());
            assertEquals(0, result.published());
        }
        try (Stream<Path> files = Files.list(out.resolve("2018-19/chronology"))) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).toList(), "neither document is left published");
        }
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(0, manifest.get("documents").size());
    }

    @Test
    void aTwentyThousandEntryChronologyBuildsWhole() throws IOException {
        Path out = dir.resolve("out");
        try (Database db = database(20_000)) {
            Build.Options only = new Build.Options(out, "2018-19", Set.of("chronology"), EnumSet.allOf(Format.class), 2);
            Build.Result result = new Build(db, only, "test", BuildProgress.SILENT, Clock.systemUTC()).run();
            assertEquals(List.of(), result.failures());
        }
        String text = PdfText.project(Files.readAllBytes(out.resolve("2018-19/chronology/E1_C3.pdf")));
        assertTrue(text.contains("Entries: 20,000"), "summary count missing (counts are written the UK way)");
        assertTrue(text.contains("Bulk entry 19999"), "the last entry is missing");
        int pages = text.split("=== page ", -1).length - 1;
        assertTrue(text.contains("Page " + pages + " of " + pages), "the page total is missing on the last page");
        assertTrue(Files.size(out.resolve("2018-19/chronology/E1_C3.docx")) > 100_000);
        String docx = qaf.render.docx.DocxProjection.allText(Files.readAllBytes(out.resolve("2018-19/chronology/E1_C3.docx")));
        assertTrue(docx.contains("Entries: 20,000 from"), "the DOCX counts the entries as the PDF does");
    }
}
