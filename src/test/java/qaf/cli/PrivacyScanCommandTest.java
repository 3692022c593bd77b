package qaf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.app.ExitCode;
import qaf.testing.CliRun;
import qaf.testing.SmallDataset;

/**
 * {@code qaf privacy-scan} over folders that real builds wrote: clean, and with a child's name typed
 * into a board document's free text and title. The build's privacy screen would replace it, so the
 * leaking folder is built from a copy of the data whose children are named otherwise (as a folder
 * built before the screen, or from another database): the name then reaches the PDF, the DOCX, their
 * metadata and the CSV, and the scan against the real children must find it there.
 */
class PrivacyScanCommandTest {
    /** A board and a public kind with free text, titles and tables, and the case kind that may name the child. */
    private static final String KINDS = "evaluation-overview,seven-minute-briefing,chronology";
    /** What the leaking dataset types: names as people write them, none as stored. */
    private static final List<String> TYPED = List.of("Zoe", "Wisniewska", "Wiśniewska", "Ruairi", "Ruairí",
            "Súilleabháin", "Suilleabhain");

    @TempDir
    Path tmp;

    @Test
    void aCleanBuiltFolderPasses() throws IOException {
        Path db = ingest(SmallDataset.write(tmp.resolve("data")), tmp.resolve("qaf.db"));
        Path out = build(db, tmp.resolve("out"));

        CliRun scan = CliRun.of("privacy-scan", out.toString(), "--db", db.toString());

        assertEquals(ExitCode.OK, scan.code(), scan.out() + scan.err());
        String last = scan.out().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("privacy-scan: no child found in 0 of ") && last.contains("3 children looked for"),
                scan.out());
        assertFalse(last.contains(" 0 case files not read"), "the chronologies are case documents: " + last);
    }

    @Test
    void aManifestWhosePeriodIsNoReportingYearIsAUsageErrorThatSaysSo() throws IOException {
        Path db = ingest(SmallDataset.write(tmp.resolve("data")), tmp.resolve("qaf.db"));
        Path out = build(db, tmp.resolve("out"));
        Path manifest = out.resolve("manifest.json");
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"period\" : \"2018-19\""), "the manifest's period as a build writes it");
        Files.writeString(manifest, text.replace("\"period\" : \"2018-19\"", "\"period\" : \"2018\""),
                StandardCharsets.UTF_8);

        CliRun scan = CliRun.of("privacy-scan", out.toString(), "--db", db.toString());

        assertEquals(ExitCode.USAGE, scan.code(), scan.out() + scan.err());
        assertTrue(scan.err().contains("names no reporting year (like 2018-19) as its period"), scan.err());
    }

    @Test
    void aChildTypedIntoABoardDocumentIsFoundInItsPdfDocxMetadataAndCsvWithoutQuotingIt() throws IOException {
        Path data = leaking(SmallDataset.write(tmp.resolve("data")));
        Path db = ingest(data, tmp.resolve("qaf.db"));
        Path out = build(ingest(otherChildren(data, tmp.resolve("unscreened")), tmp.resolve("unscreened.db")),
                tmp.resolve("out"));

        CliRun scan = CliRun.of("privacy-scan", out.toString(), "--db", db.toString());

        assertEquals(ExitCode.PRIVACY_FINDINGS, scan.code(), scan.out() + scan.err());
        List<String> lines = scan.out().lines().toList();
        String pdf = "2018-19/evaluation-overview/E1.pdf";
        String docx = "2018-19/evaluation-overview/E1.docx";
        assertTrue(lines.contains(pdf) && lines.contains(docx), scan.out());
        assertFinding(lines, pdf, "  page ", ": CH1: full name");
        assertFinding(lines, pdf, "  page ", ": CH2: date of birth");
        assertFinding(lines, docx, "  word/document.xml paragraph ", ": CH1: full name");
        assertFinding(lines, docx, "  docProps/core.xml dc:subject: ", "CH2: given or family name");
        assertTrue(lines.stream().anyMatch(l -> l.matches("2018-19/evaluation-overview/E1\\.data/.*\\.csv")), scan.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("  line \\d+, column \\d+: CH1: full name")), scan.out());
        String briefingPdf = lines.stream().filter(l -> l.matches("2018-19/seven-minute-briefing/.*\\.pdf")).findFirst()
                .orElseThrow(() -> new AssertionError("the public briefing names a child: " + scan.out()));
        assertFinding(lines, briefingPdf, "  document information Title: ", "CH2: given or family name");
        assertFinding(lines, briefingPdf, "  XMP metadata dc:title", "CH2: given or family name");
        String briefingDocx = briefingPdf.replace(".pdf", ".docx");
        assertFinding(lines, briefingDocx, "  docProps/core.xml dc:title: ", "CH2: given or family name");
        assertFalse(scan.out().contains("chronology/"), "case documents are not read: " + scan.out());
        // Each finding names the dataset cell it was typed into: file, row key and column.
        assertTrue(lines.contains("    from agency_evaluations.csv, evaluation_ref=E1, case_ref=C1, agency_code=KVP,"
                + " column regrade_rationale"), scan.out());
        assertTrue(lines.contains("    from briefings.csv, briefing_ref=B1, column title"), scan.out());
        assertTrue(lines.contains("    from evaluations.csv, evaluation_ref=E1, column theme"), scan.out());
        for (String typed : TYPED) {
            assertFalse(scan.out().contains(typed) || scan.err().contains(typed), typed + " in " + scan.out());
        }
        assertTrue(lines.get(lines.size() - 1).startsWith("privacy-scan: "), scan.out());
    }

    @Test
    void aRegionIsScannedPartnershipByPartnershipAgainstItsOwnDatabase() throws IOException {
        Path region = tmp.resolve("region-data");
        partnership(SmallDataset.write(region.resolve("partnership-01")), "KV");
        partnership(leaking(SmallDataset.write(region.resolve("partnership-02"))), "XY");
        Path store = ingest(region, tmp.resolve("region"));
        Path unscreened = tmp.resolve("region-unscreened");
        partnership(SmallDataset.write(unscreened.resolve("partnership-01")), "KV");
        otherChildren(region.resolve("partnership-02"), unscreened.resolve("partnership-02"));
        Path out = build(ingest(unscreened, tmp.resolve("region-built")), tmp.resolve("out"));

        CliRun scan = CliRun.of("privacy-scan", out.toString(), "--db", store.toString());

        assertEquals(ExitCode.PRIVACY_FINDINGS, scan.code(), scan.out() + scan.err());
        List<String> lines = scan.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("KV/privacy-scan: no child found")), scan.out());
        assertTrue(lines.contains("XY/2018-19/evaluation-overview/E1.pdf"), scan.out());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("KV/2018-19")), scan.out());
    }

    @Test
    void aBirthdayOnTheDateOfARecordIsCountedApartUnlessStrict() throws IOException {
        Path data = SmallDataset.write(tmp.resolve("data"));
        // CH3 born on the panel day, which the overview prints as the panel day.
        write(data, "children.csv", Files.readString(data.resolve("children.csv"), StandardCharsets.UTF_8)
                .replace("CH3,Aisha,Rahman,2008-01-05", "CH3,Aisha,Rahman,2018-05-18"));
        Path db = ingest(data, tmp.resolve("qaf.db"));
        Path out = build(db, tmp.resolve("out"));

        CliRun scan = CliRun.of("privacy-scan", out.toString(), "--db", db.toString());
        assertEquals(ExitCode.OK, scan.code(), scan.out());
        assertTrue(scan.out().contains("note: ") && scan.out().contains(" equal to a date of birth (of CH3) and to the"
                + " date of a record were not counted; --strict counts them"), scan.out());

        CliRun strict = CliRun.of("privacy-scan", out.toString(), "--db", db.toString(), "--strict");
        assertEquals(ExitCode.PRIVACY_FINDINGS, strict.code(), strict.out());
        assertTrue(strict.out().contains(": CH3: date of birth"), strict.out());
    }

    @Test
    void aFolderWithoutAManifestOrAMissingDatabaseIsAUsageError() throws IOException {
        Path db = ingest(SmallDataset.write(tmp.resolve("data")), tmp.resolve("qaf.db"));
        CliRun noManifest = CliRun.of("privacy-scan", tmp.resolve("empty").toString(), "--db", db.toString());
        assertEquals(ExitCode.USAGE, noManifest.code());
        assertTrue(noManifest.err().contains("no readable manifest.json in "), noManifest.err());

        Path missing = tmp.resolve("none.db");
        CliRun noDatabase = CliRun.of("privacy-scan", tmp.toString(), "--db", missing.toString());
        assertEquals(ExitCode.USAGE, noDatabase.code());
        assertTrue(noDatabase.err().contains("no database at " + missing), noDatabase.err());
        assertFalse(Files.exists(missing), "a scan must not create a database");
    }

    /**
     * The evaluation's theme (its documents' subject) and a briefing's title name one child as typed
     * without accents; a regrade rationale names the other with a no-break space and a curly
     * possessive, and another gives a date of birth as people write it.
     */
    private static Path leaking(Path data) throws IOException {
        write(data, "evaluations.csv", "evaluation_ref,kind,theme,starts_on,panel_on\n"
                + "E1,condensed,Neglect and Ruairi,2018-05-08,2018-05-18\n");
        write(data, "agency_evaluations.csv", "evaluation_ref,case_ref,agency_code,self_grade,panel_grade,regrade_rationale\n"
                + "E1,C1,KVP,good,requires-improvement,\"Zoe\u00A0Wisniewska’s plan was not followed\"\n"
                + "E1,C1,CSC,good,,\nE1,C1,YJS,requires-improvement,,\nE1,C2,CSC,good,,\n"
                + "E1,C3,KVP,outstanding,,\nE1,C3,CSC,requires-improvement,good,Plan for the child born 30th July 2011\n");
        write(data, "briefings.csv", "briefing_ref,title,source_kind,source_ref,published_on\n"
                + "B1,What SUILLEABHAIN taught us,evaluation,E1,2018-06-19\n");
        StringBuilder sections = new StringBuilder("briefing_ref,number,heading,text\n");
        for (int n = 1; n <= 7; n++) {
            sections.append("B1,").append(n).append(",Section ").append(n).append(",Agencies shared what they learnt.\n");
        }
        write(data, "briefing_sections.csv", sections.toString());
        return data;
    }

    /**
     * A copy of {@code data} whose children have other names and dates of birth (same refs): a build
     * of it has nothing to screen in what {@link #leaking} types.
     */
    private static Path otherChildren(Path data, Path copy) throws IOException {
        Files.createDirectories(copy);
        try (java.util.stream.Stream<Path> files = Files.list(data)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName().toString()));
            }
        }
        write(copy, "children.csv", "child_ref,given_name,family_name,date_of_birth\n"
                + "CH1,Nadia,Kaczmarek,2009-04-02\nCH2,Tomasz,Nowicki,2011-08-09\nCH3,Aisha,Rahman,2008-01-05\n");
        return copy;
    }

    private static void partnership(Path data, String code) throws IOException {
        write(data, "partnership.csv", "name,short_name,area,code\nArea " + code + " SCP," + code + " SCP,Area " + code
                + "," + code + "\n");
    }

    private static void write(Path dir, String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    private static Path ingest(Path data, Path db) {
        CliRun ingest = CliRun.of("ingest", data.toString(), "--db", db.toString());
        assertEquals(ExitCode.OK, ingest.code(), ingest.err());
        return db;
    }

    private static Path build(Path db, Path out) {
        CliRun build = CliRun.of("build", "--db", db.toString(), "--out", out.toString(), "--kinds", KINDS, "--quiet");
        assertEquals(ExitCode.OK, build.code(), build.err());
        return out;
    }

    /** A line {@code prefix…suffix} among the findings printed under {@code file}. */
    private static void assertFinding(List<String> lines, String file, String prefix, String suffix) {
        int at = lines.indexOf(file);
        assertTrue(at >= 0, file + " not in " + lines);
        for (int i = at + 1; i < lines.size() && lines.get(i).startsWith("  "); i++) {
            if (lines.get(i).startsWith(prefix) && lines.get(i).endsWith(suffix)) {
                return;
            }
        }
        throw new AssertionError("no finding " + prefix + "…" + suffix + " under " + file + " in " + lines);
    }
}
