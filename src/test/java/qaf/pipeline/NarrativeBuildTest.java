package qaf.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.ingest.Ingest;
import qaf.publish.BuildReport;
import qaf.render.Format;
import qaf.render.docx.DocxProjection;
import qaf.store.Database;
import qaf.testing.PdfText;
import qaf.testing.SmallDataset;

/**
 * The partnership's own writing through a whole build: placed where its file name says in both
 * formats with real headings, lists, emphasis and links, screened like the rest of the document,
 * listed in the report when it names no place, and part of only its own document's fingerprint.
 */
class NarrativeBuildTest {
    private static final Set<String> KINDS = Set.of("evaluation-overview", "annual-report-audit", "chronology");
    private static final String URL = "https://kestrelvale.example.org/plan";
    private static final String FOREWORD = """
            ### Our introduction

            The panel was **clear**: *early help* works. See [the plan](%s).

            1. First numbered point
            2. Second numbered point

            - A bullet about Zoë Wiśniewska's school
            """.formatted(URL);

    @TempDir
    Path dir;

    private Path dataset() throws IOException {
        Path data = SmallDataset.write(dir.resolve("dataset"));
        narrative(data, "evaluation-overview/E1/foreword.md", FOREWORD);
        narrative(data, "evaluation-overview/E1/grade-distribution.md", "### What the grades say\n\nMostly good.\n");
        narrative(data, "annual-report-audit/annual-report-audit-2018-19/no-such-heading.md", "Secret words here.\n");
        narrative(data, "evaluation-overview/E9/foreword.md", "Nobody reads this.\n");
        narrative(data, "chronology/E1_C1/foreword.md", "Chronologies take none.\n");
        return data;
    }

    private static void narrative(Path data, String file, String text) throws IOException {
        Path path = data.resolve("narrative").resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    private static Build.Result build(Database db, Path out) throws IOException {
        Build.Options options = new Build.Options(out, "2018-19", KINDS, EnumSet.allOf(Format.class), 2);
        return new Build(db, options, "test", BuildProgress.SILENT, Clock.systemUTC()).run();
    }

    private static Map<String, String> statuses(Build.Result result) {
        return result.report().documents().stream().collect(Collectors.toMap(
                e -> e.kind() + "/" + e.name(), BuildReport.Entry::status, (a, b) -> a, TreeMap::new));
    }

    @Test
    void narrativeAppearsInItsPlaceInBothFormatsWithRealHeadingsListsAndLinks() throws IOException {
        Path out = dir.resolve("out");
        try (Database db = Database.open(dir.resolve("qaf.db"))) {
            Ingest.ingest(dataset(), db);
            build(db, out);
        }
        byte[] pdf = Files.readAllBytes(out.resolve("2018-19/evaluation-overview/E1.pdf"));
        String text = PdfText.project(pdf);
        assertInOrder(text, "Evaluation overview: E1", "Our introduction", "The panel was clear: early help works.",
                "1. First numbered point", "2. Second numbered point", "A bullet about", "About this evaluation",
                "Grade distribution", "What the grades say", "Mostly good.");
        assertFalse(text.contains("Wiśniewska"), "the privacy screen reads the narrative too");
        // A printed page cannot be clicked: the PDF gives the address after the link's text (BlockPdf).
        assertTrue(text.contains("See the plan (" + URL + ")."), text);

        byte[] docx = Files.readAllBytes(out.resolve("2018-19/evaluation-overview/E1.docx"));
        String projection = DocxProjection.project(docx);
        assertInOrder(projection, "= Evaluation overview: E1", "\n# Our introduction\n",
                "The panel was clear: early help works.", "- First numbered point", "- Second numbered point",
                "- A bullet about", "\n# About this evaluation\n", "\n# Grade distribution\n",
                "## What the grades say\n", "Mostly good.");
        assertFalse(projection.contains("Wiśniewska"));
        String rels = zipEntry(docx, "word/_rels/document.xml.rels");
        assertTrue(rels.contains("Target=\"" + URL + "\"") && rels.contains("TargetMode=\"External\""), rels);
    }

    @Test
    void whatNamesNoPlaceIsListedInTheReportWithoutItsText() throws IOException {
        Path out = dir.resolve("out");
        try (Database db = Database.open(dir.resolve("qaf.db"))) {
            Ingest.ingest(dataset(), db);
            Build.Result result = build(db, out);

            assertEquals(List.of(
                    new BuildReport.Narrative("annual-report-audit", "annual-report-audit-2018-19", "no-such-heading",
                            BuildReport.Narrative.NO_SUCH_SECTION),
                    new BuildReport.Narrative("chronology", "E1_C1", "foreword", BuildReport.Narrative.NOT_TAKEN),
                    new BuildReport.Narrative("evaluation-overview", "E9", "foreword",
                            BuildReport.Narrative.NO_SUCH_DOCUMENT)),
                    sortedByKind(result.report().narrative()));
            String json = Files.readString(out.resolve(BuildReport.FILE_NAME));
            assertTrue(json.contains("\"no-such-heading\""), json);
            assertFalse(json.contains("Secret words") || json.contains("Nobody reads"), "never the text");
        }
    }

    @Test
    void editingOneNarrativeFileRerendersOnlyItsDocument() throws IOException {
        Path out = dir.resolve("out");
        try (Database db = Database.open(dir.resolve("qaf.db"))) {
            Ingest.ingest(dataset(), db);
            build(db, out);
            Map<String, String> unchanged = statuses(build(db, out));
            assertTrue(unchanged.values().stream().allMatch(BuildReport.SKIPPED::equals), unchanged.toString());

            Path change = dir.resolve("change");
            Files.createDirectories(change);
            Files.writeString(change.resolve("agencies.csv"), "code,name,sector\nKVP,Kestrel Vale Police,police\n",
                    StandardCharsets.UTF_8);
            narrative(change, "evaluation-overview/E1/grade-distribution.md", "### What the grades say\n\nAll good.\n");
            Ingest.ingest(change, db);
            Build.Result result = build(db, out);

            Map<String, String> statuses = statuses(result);
            assertEquals(BuildReport.BUILT, statuses.get("evaluation-overview/E1"), statuses.toString());
            statuses.remove("evaluation-overview/E1");
            assertTrue(statuses.size() >= 4, statuses.toString());
            assertTrue(statuses.values().stream().allMatch(BuildReport.SKIPPED::equals), statuses.toString());
            assertTrue(PdfText.project(Files.readAllBytes(out.resolve("2018-19/evaluation-overview/E1.pdf")))
                    .contains("All good."));
        }
    }

    private static List<BuildReport.Narrative> sortedByKind(List<BuildReport.Narrative> list) {
        List<BuildReport.Narrative> sorted = new ArrayList<>(list);
        sorted.sort((a, b) -> (a.kind() + a.document()).compareTo(b.kind() + b.document()));
        return sorted;
    }

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, "\"" + part + "\" after position " + from + " in:\n" + text);
            from = at + part.length();
        }
    }

    private static String zipEntry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the package");
    }
}
