package qaf.boardpack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.pipeline.Build;
import qaf.ingest.Ingest;
import qaf.publish.Manifest;
import qaf.render.Format;
import qaf.render.RenderContext;
import qaf.render.pdf.VeraPdf;
import qaf.store.Database;

/**
 * The board pack assembled from a real build of the sample (four board kinds, the case-audience
 * chronology kept out): veraPDF, one page numbering printed and labelled, bookmarks, one structure
 * root, contents by title and date, the cover paper from narrative, the DOCX twin, the manifest,
 * determinism, and the refusal of case documents.
 */
class BoardPackTest {
    private static final String PACK_PDF = "2018-19/board-pack/board-pack-2018-19.pdf";
    private static final String PACK_DOCX = "2018-19/board-pack/board-pack-2018-19.docx";

    @TempDir
    static Path dir;
    static Path out;
    static Build.Result result;
    static String log;

    @BeforeAll
    static void buildSample() throws IOException {
        out = dir.resolve("out");
        try (Database db = Database.open(dir.resolve("sample.db"))) {
            Ingest.ingest(Path.of("sample-data"), db);
            Build.Options options = new Build.Options(out, "2018-19",
                    Set.of("evaluation-overview", "single-agency-overview", "schools-overview", "action-tracker"),
                    EnumSet.allOf(Format.class), 2, true, List.of(), false);
            result = new Build(db, options, "test", qaf.pipeline.BuildProgress.SILENT, java.time.Clock.systemUTC()).run();
        }
        log = result.failures().toString();
    }

    @Test
    void thePackIsBuiltAndListedInTheManifest() throws IOException {
        assertFalse(result.failed(), log);
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        List<JsonNode> packs = new ArrayList<>();
        manifest.get("documents").forEach(d -> {
            if (d.get("kind").asText().equals("board-pack")) {
                packs.add(d);
            }
        });
        assertEquals(List.of(PACK_DOCX, PACK_PDF), packs.stream().map(p -> p.get("path").asText()).toList());
        for (JsonNode p : packs) {
            assertEquals("board", p.get("audience").asText());
            List<String> refs = new ArrayList<>();
            p.get("refs").forEach(r -> refs.add(r.asText()));
            // Default order: evaluation overviews by start day (not ref), the audits, then the action tracker.
            assertEquals(List.of("MACE-1819-F1", "MACE-1819-F2", "MACE-1819-C1", "MACE-1819-F3", "MACE-1819-C2",
                    "schools-2018", "single-agency-overview-2018-19", "action-tracker"), refs);
        }
        try (PDDocument pack = Loader.loadPDF(out.resolve(PACK_PDF).toFile())) {
            assertEquals(pack.getNumberOfPages(), packs.get(1).get("pages").asInt());
        }
    }

    @Test
    void thePdfPassesPdfA2aAndPdfUa1() throws IOException {
        VeraPdf.assertCompliant(Files.readAllBytes(out.resolve(PACK_PDF)), "board pack");
    }

    /** The pack's documents in pack order, by path. */
    private static final List<String> DOCUMENTS = List.of(
            "2018-19/evaluation-overview/MACE-1819-F1.pdf", "2018-19/evaluation-overview/MACE-1819-F2.pdf",
            "2018-19/evaluation-overview/MACE-1819-C1.pdf", "2018-19/evaluation-overview/MACE-1819-F3.pdf",
            "2018-19/evaluation-overview/MACE-1819-C2.pdf", "2018-19/schools-overview/schools-2018.pdf",
            "2018-19/single-agency-overview/single-agency-overview-2018-19.pdf",
            "2018-19/action-tracker/action-tracker.pdf");

    /** The pack page each document starts on, after the cover. */
    private static List<Integer> starts(int coverPages) throws IOException {
        List<Integer> starts = new ArrayList<>();
        int next = coverPages + 1;
        for (String d : DOCUMENTS) {
            starts.add(next);
            next += pages(d);
        }
        return starts;
    }

    private static int coverPages(PDDocument pack) throws IOException {
        int documents = 0;
        for (String d : DOCUMENTS) {
            documents += pages(d);
        }
        return pack.getNumberOfPages() - documents;
    }

    @Test
    void bookmarksPerDocumentAndPerHeadingPointAtTheRightPages() throws IOException {
        try (PDDocument pack = Loader.loadPDF(out.resolve(PACK_PDF).toFile())) {
            int cover = coverPages(pack);
            List<Integer> starts = starts(cover);
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : pack.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle() + " @" + page(pack, item));
            }
            assertEquals(List.of(
                    "Cover and contents @1",
                    "Evaluation overview: MACE-1819-F1 @" + starts.get(0),
                    "Evaluation overview: MACE-1819-F2 @" + starts.get(1),
                    "Evaluation overview: MACE-1819-C1 @" + starts.get(2),
                    "Evaluation overview: MACE-1819-F3 @" + starts.get(3),
                    "Evaluation overview: MACE-1819-C2 @" + starts.get(4),
                    "Schools' safeguarding audit 2018: overview @" + starts.get(5),
                    "Single agency audits 2018-19 @" + starts.get(6),
                    "Action tracker 2018-19 @" + starts.get(7)), top);
            List<String> schoolHeadings = children(pack, item(pack, 6));
            assertEquals(List.of("Returns", "Ratings by area", "Schools flagged for support", "Moderation panel",
                    "Actions arising", "Data notes"),
                    schoolHeadings.stream().map(h -> h.substring(0, h.indexOf(" @"))).toList());
            // Each heading lies within its document's pages, in page order.
            List<Integer> headingPages = schoolHeadings.stream()
                    .map(h -> Integer.parseInt(h.substring(h.indexOf(" @") + 2))).toList();
            assertEquals(starts.get(5), headingPages.get(0));
            assertTrue(headingPages.stream().allMatch(p -> p >= starts.get(5) && p < starts.get(6)),
                    headingPages.toString());
            assertEquals(headingPages.stream().sorted().toList(), headingPages);
            assertEquals(List.of("Returns", "Moderation panel", "Audits by agency"),
                    children(pack, item(pack, 7)).stream().map(h -> h.substring(0, h.indexOf(" @"))).toList());
            assertEquals(List.of("How actions are rated", "Summary", "Actions"), children(pack, item(pack, 8))
                    .stream().map(h -> h.substring(0, h.indexOf(" @"))).toList());
            // The cover's own headings (its cover paper and contents) are not bookmarked below it.
            assertEquals(List.of(), children(pack, item(pack, 0)));
        }
    }

    /**
     * Regression: each document kept its own footer ("Page 1 of 7") inside the pack, so the printed
     * numbers never matched the contents. Every page now prints its pack number and the pack's total,
     * once, and its page label says the same.
     */
    @Test
    void packFooterNumbersRunThroughThePack() throws IOException {
        try (PDDocument pack = Loader.loadPDF(out.resolve(PACK_PDF).toFile())) {
            int n = pack.getNumberOfPages();
            assertTrue(n > 60, "the pack has " + n + " pages");
            String[] labels = pack.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= n; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                assertEquals(List.of("Page " + i + " of " + n), pageNumbers(stripper.getText(pack)), "page " + i);
                assertEquals(Integer.toString(i), labels[i - 1], "label of page " + i);
            }
        }
        // The published documents keep their own numbering.
        try (PDDocument schools = Loader.loadPDF(out.resolve(DOCUMENTS.get(5)).toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertEquals(List.of("Page 2 of " + schools.getNumberOfPages()), pageNumbers(stripper.getText(schools)));
        }
    }

    private static List<String> pageNumbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("Page\\s+(\\d+)\\s+of\\s+(\\d+)").matcher(text);
        while (m.find()) {
            found.add("Page " + m.group(1) + " of " + m.group(2));
        }
        return found;
    }

    @Test
    void oneDocumentRootHoldsTheCoverAndEachDocumentInOrder() throws IOException {
        try (PDDocument pack = Loader.loadPDF(out.resolve(PACK_PDF).toFile())) {
            COSDictionary root = pack.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
            COSDictionary document = (COSDictionary) root.getDictionaryObject(COSName.K);
            assertEquals(COSName.DOCUMENT, document.getCOSName(COSName.S));
            COSArray kids = (COSArray) document.getDictionaryObject(COSName.K);
            assertEquals(1 + DOCUMENTS.size(), kids.size(), "the cover and each document");
            for (int i = 0; i < kids.size(); i++) {
                COSDictionary kid = (COSDictionary) kids.getObject(i);
                assertFalse(COSName.DOCUMENT.equals(kid.getCOSName(COSName.S)), "no nested Document");
                assertEquals(document, kid.getDictionaryObject(COSName.P));
            }
            assertEquals("Board pack 2018-19", pack.getDocumentInformation().getTitle());
            assertEquals("en-GB", pack.getDocumentCatalog().getLanguage());
        }
    }

    /**
     * Regression: the contents listed refs ("Evaluation overview: MACE-1819-C1") and put the
     * evaluations in ref order (C1, C2, F1…). Each evaluation is now listed by its theme, with its
     * ref, kind and dates, in the order the evaluations started; each line gives the pack page its
     * document starts on.
     */
    @Test
    void contentsListDocumentsByTitleInDateOrderWithTheirPackPages() throws IOException {
        try (PDDocument pack = Loader.loadPDF(out.resolve(PACK_PDF).toFile())) {
            int cover = coverPages(pack);
            List<Integer> starts = starts(cover);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(cover);
            String text = stripper.getText(pack).replaceAll("\\s+", " ");
            assertTrue(text.contains("OFFICIAL-SENSITIVE: for members of the partnership board."), text);
            assertTrue(text.contains("Reporting year 2018-19"), text);
            // As the text is read back: a row's two lines of title and details, then its kind and page.
            List<String> rows = List.of(
                    "Children associated with gangs and at risk of exploitation"
                            + " MACE-1819-F1 · full evaluation · started 7 May 2018, panel 6 June 2018"
                            + " Evaluation overview " + starts.get(0),
                    "Quality of assessments and management oversight"
                            + " MACE-1819-F2 · full evaluation · started 6 August 2018, panel 30 August 2018"
                            + " Evaluation overview " + starts.get(1),
                    "Children missing education"
                            + " MACE-1819-C1 · condensed evaluation · started 1 October 2018, panel 11 October 2018"
                            + " Evaluation overview " + starts.get(2),
                    "Child sexual abuse within a familial context"
                            + " MACE-1819-F3 · full evaluation · started 5 November 2018, panel 28 November 2018"
                            + " Evaluation overview " + starts.get(3),
                    "Neglect: children not brought to health appointments"
                            + " MACE-1819-C2 · condensed evaluation · started 4 February 2019, panel 14 February 2019"
                            + " Evaluation overview " + starts.get(4),
                    "Schools' safeguarding audit 2018: overview Schools overview " + starts.get(5),
                    "Single agency audits 2018-19 Single agency overview " + starts.get(6),
                    "Action tracker 2018-19 Action tracker " + starts.get(7));
            int at = text.indexOf("Contents Document Kind Page");
            assertTrue(at > 0, text);
            for (String row : rows) {
                int next = text.indexOf(row, at);
                assertTrue(next > at, "after position " + at + ": " + row + "\n" + text);
                at = next;
            }
        }
    }

    @Test
    void theDocxTwinListsTheSameContentsWithPageFieldsAndEveryDocumentInOrder()
            throws IOException, org.docx4j.openpackaging.exceptions.Docx4JException {
        byte[] docx = Files.readAllBytes(out.resolve(PACK_DOCX));
        String document = entry(docx, "word/document.xml");
        assertTrue(entry(docx, "word/settings.xml").contains("<w:updateFields w:val=\"true\"/>"));
        String projection = qaf.render.docx.DocxProjection.project(docx);
        int contents = projection.indexOf("# Contents");
        int f1 = projection.indexOf("Children associated with gangs and at risk of exploitation", contents);
        int c1 = projection.indexOf("Children missing education", contents);
        int c2 = projection.indexOf("Neglect: children not brought to health appointments", contents);
        int tracker = projection.indexOf("Action tracker 2018-19", contents);
        assertTrue(contents > 0 && contents < f1 && f1 < c1 && c1 < c2 && c2 < tracker,
                List.of(contents, f1, c1, c2, tracker).toString());
        // Each page cell is a PAGEREF to a bookmark at its document's start, in pack order.
        List<Integer> bookmarks = new ArrayList<>();
        for (int i = 1; i <= DOCUMENTS.size(); i++) {
            int field = document.indexOf("w:instr=\" PAGEREF qaf_pack_document_" + i + " \\h \"");
            int bookmark = document.indexOf("w:name=\"qaf_pack_document_" + i + "\"");
            assertTrue(field > 0 && field < document.indexOf("w:name=\"qaf_pack_document_1\""), "field " + i);
            assertTrue(bookmarks.isEmpty() || bookmark > bookmarks.get(bookmarks.size() - 1),
                    "bookmark " + i + " after the one before");
            bookmarks.add(bookmark);
        }
        assertFalse(document.contains("QAFPACKPAGE"), "no placeholder left");
        assertFalse(document.contains(" TOC "), "one contents, not two");
        // Each bookmark stands just before its document's title.
        int schools = document.indexOf(">Schools' safeguarding audit 2018: overview<", bookmarks.get(5));
        // A title's year range is written with Word's non-breaking hyphen, so it never breaks a line.
        String range = "2018</w:t><w:noBreakHyphen/><w:t xml:space=\"preserve\">19<";
        int single = document.indexOf(">Single agency audits " + range, bookmarks.get(6));
        int trackerTitle = document.indexOf(">Action tracker " + range, bookmarks.get(7));
        assertTrue(schools > 0 && schools < bookmarks.get(6) && single > 0 && single < bookmarks.get(7)
                && trackerTitle > 0, List.of(schools, single, trackerTitle).toString());
        // The action tracker keeps its landscape page set-up in its own section.
        assertTrue(document.substring(single).contains("w:orient=\"landscape\""));
        assertEquals(1, document.split("<w:body>", -1).length - 1);
        // Its chart moved with it, under a relationship of the pack.
        assertTrue(entry(docx, "word/_rels/document.xml.rels").contains("media/pack-8-qaf-figure-1.png"));
        assertTrue(entry(docx, "word/media/pack-8-qaf-figure-1.png").length() > 0);
        // One footer for the whole pack, numbering it through: no section restarts its page numbers.
        assertFalse(document.contains("pgNumType"), "no restart");
        // A Word-readable package: docx4j opens it.
        assertTrue(org.docx4j.openpackaging.packages.WordprocessingMLPackage.load(new ByteArrayInputStream(docx))
                .getMainDocumentPart().getContent().size() > 10);
    }

    /**
     * The partnership's cover paper (sample-data/narrative/board-pack/board-pack-2018-19/foreword.md)
     * opens the cover in both formats, with real headings and lists, before the contents.
     */
    @Test
    void theCoverPaperIsThePartnershipsOwnNarrative() throws IOException {
        byte[] pdf = Files.readAllBytes(out.resolve(PACK_PDF));
        String text;
        try (PDDocument pack = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(coverPages(pack));
            text = stripper.getText(pack).replaceAll("\\s+", " ");
            assertEquals(List.of("Purpose of this paper", "Recommendations to the board",
                    "What the board should look at first", "Contents"), headings(pack, coverPages(pack)));
        }
        assertInOrder(text, "Board pack 2018-19", "Purpose of this paper", "This pack brings the board",
                "Recommendations to the board", "1. note the findings", "2. agree that actions overdue",
                "3. endorse the Audit", "the actions not yet evidenced",
                "(https://kestrelvale-lscb.example.org/qa-", "Contents");
        String projection = qaf.render.docx.DocxProjection.project(Files.readAllBytes(out.resolve(PACK_DOCX)));
        assertInOrder(projection, "= Board pack 2018-19", "\n# Purpose of this paper\n", "This pack brings the board",
                "\n# Recommendations to the board\n", "- note the findings", "- agree that actions overdue",
                "\n# What the board should look at first\n", "- the actions not yet evidenced", "\n# Contents\n");
        assertTrue(result.report().narrative().stream().noneMatch(n -> n.kind().equals(BoardPack.KIND)),
                result.report().narrative().toString());
    }

    /** The H1–H3 headings of the structure tree on the first {@code pages} pages, the title left out. */
    private static List<String> headings(PDDocument pack, int pages) throws IOException {
        List<String> found = new ArrayList<>();
        for (PdfHeadings.Heading h : PdfHeadings.of(pack)) {
            if (h.pageIndex() < pages && h.level() == 2) {
                found.add(h.text());
            }
        }
        return found;
    }

    private static void assertInOrder(String text, String... parts) {
        int at = 0;
        for (String part : parts) {
            int next = text.indexOf(part, at);
            assertTrue(next >= at, "'" + part + "' after position " + at + " in:\n" + text);
            at = next + part.length();
        }
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws IOException {
        Manifest manifest = new ObjectMapper().readValue(out.resolve("manifest.json").toFile(), Manifest.class);
        List<Manifest.Document> sources = manifest.documents().stream()
                .filter(d -> !d.kind().equals(BoardPack.KIND)).toList();
        BoardPack again = new BoardPack(out, "Kestrel Vale Local Safeguarding Children Board", "2018-19",
                new RenderContext(Instant.parse("2019-03-31T00:00:00Z"), "qaf test"));
        java.time.LocalDate asAt = java.time.LocalDate.of(2019, 3, 31);
        for (Format format : Format.values()) {
            // Assembled twice from the same published files, it is the same file.
            byte[] first = Files.readAllBytes(out.resolve(again.publish(sources, List.of(), format, List.of(), asAt)
                    .path()));
            byte[] second = Files.readAllBytes(out.resolve(again.publish(sources, List.of(), format, List.of(), asAt)
                    .path()));
            assertArrayEquals(first, second, format.extension());
        }
    }

    @Test
    void startPagesFollowTheCoverAndEachDocumentsLength() {
        assertEquals(List.of(2, 5, 10), BoardPackCover.startPages(1, List.of(3, 5, 1)));
        assertEquals(List.of(3, 6, 11), BoardPackCover.startPages(2, List.of(3, 5, 1)));
    }

    @Test
    void caseDocumentsAreRefusedEvenWhenAskedFor() {
        List<Manifest.Document> published = List.of(
                entry("single-agency-overview", "board", "2018-19/single-agency-overview/sao.pdf"),
                entry("chronology", "case", "2018-19/chronology/MACE-1819-F1-C-0101.pdf"));
        IllegalArgumentException byKind = assertThrows(IllegalArgumentException.class,
                () -> BoardPack.select(published, List.of("single-agency-overview", "chronology"), Format.PDF));
        assertTrue(byKind.getMessage().contains("never includes case documents"), byKind.getMessage());
        IllegalArgumentException byName = assertThrows(IllegalArgumentException.class,
                () -> BoardPack.select(published, List.of("MACE-1819-F1-C-0101"), Format.PDF));
        assertTrue(byName.getMessage().contains("never includes case documents"), byName.getMessage());
        // The default never reaches for a case kind, whatever was published.
        assertEquals(List.of("2018-19/single-agency-overview/sao.pdf"),
                BoardPack.select(published, List.of(), Format.PDF).stream().map(Manifest.Document::path).toList());
    }

    /**
     * --include takes any kind the build published for the board, kinds the pack has never heard of
     * included (those other packages add: pre-panel packs, panel notes, independent overviews):
     * documents of an evaluation come in the order the evaluations started, whatever their refs.
     */
    @Test
    void anyBoardKindCanBeIncludedInDateOrder() {
        List<Manifest.Document> published = List.of(
                entry("independent-overview", "board", "2018-19/independent-overview/MACE-1819-A1.pdf", "MACE-1819-A1"),
                entry("independent-overview", "board", "2018-19/independent-overview/MACE-1819-B1.pdf", "MACE-1819-B1"),
                entry("independent-overview", "board", "2018-19/independent-overview/MACE-1819-Z9.pdf", "MACE-1819-Z9"),
                entry("panel-notes", "board", "2018-19/panel-notes/MACE-1819-A1.pdf", "MACE-1819-A1"),
                entry("panel-notes", "board", "2018-19/panel-notes/MACE-1819-B1.pdf", "MACE-1819-B1"));
        List<qaf.analysis.evaluation.Evaluation> evaluations = List.of(
                evaluation("MACE-1819-A1", java.time.LocalDate.of(2019, 1, 7)),
                evaluation("MACE-1819-B1", java.time.LocalDate.of(2018, 6, 4)));
        assertEquals(List.of("panel-notes/MACE-1819-B1", "panel-notes/MACE-1819-A1",
                "independent-overview/MACE-1819-B1", "independent-overview/MACE-1819-A1",
                "independent-overview/MACE-1819-Z9"),
                BoardPack.select(published, List.of("panel-notes", "independent-overview"), Format.PDF, evaluations)
                        .stream().map(d -> d.path().substring(8, d.path().length() - 4)).toList());
        BoardPackContents contents = BoardPackContents.of(evaluations);
        assertEquals(new BoardPackContents.Entry("Theme of MACE-1819-B1",
                "MACE-1819-B1 · full evaluation · started 4 June 2018, panel 28 June 2018", "Independent overview"),
                contents.entry(published.get(1)));
        // A document of no known evaluation keeps its own title, with nothing made up beside it.
        assertEquals(new BoardPackContents.Entry("independent-overview: MACE-1819-Z9", "", "Independent overview"),
                contents.entry(published.get(2)));
    }

    private static qaf.analysis.evaluation.Evaluation evaluation(String ref, java.time.LocalDate start) {
        return new qaf.analysis.evaluation.Evaluation(ref, qaf.calendar.Timetable.Kind.FULL, "Theme of " + ref, start,
                start.plusDays(24), null);
    }

    private static Manifest.Document entry(String kind, String audience, String path, String ref) {
        return new Manifest.Document(kind, kind + ": " + ref, audience, "pdf", path, "0", 1, 1, List.of(ref),
                List.of());
    }

    @Test
    void anIncludeThatMatchesNothingIsAnError() {
        List<Manifest.Document> published = List.of(
                entry("single-agency-overview", "board", "2018-19/single-agency-overview/sao.pdf"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BoardPack.select(published, List.of("annual-report-audit"), Format.PDF));
        assertTrue(e.getMessage().contains("matches no pdf document"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> BoardPack.select(published, List.of(), Format.DOCX), "nothing to include");
    }

    @Test
    void aPackThatCannotBeAssembledIsAFailedDocumentAndLeavesNoFile() throws IOException {
        Path other = dir.resolve("refused");
        Build.Result refused;
        try (Database db = Database.open(dir.resolve("sample.db"))) {
            Build.Options options = new Build.Options(other, "2018-19", Set.of("single-agency-overview"),
                    EnumSet.of(Format.PDF), 1, true, List.of("single-agency-overview", "chronology"), false);
            refused = new Build(db, options, "test", qaf.pipeline.BuildProgress.SILENT, java.time.Clock.systemUTC()).run();
        }
        assertTrue(refused.failed());
        assertEquals(List.of(new Manifest.Failure("board-pack", "board-pack-2018-19", "pdf",
                "IllegalArgumentException: --include chronology matches no pdf document built for this year"
                        + " (give a document kind or a document name)")), refused.failures());
        assertFalse(Files.exists(other.resolve("2018-19/board-pack")), "no partial pack");
        assertTrue(Files.exists(other.resolve("2018-19/single-agency-overview/single-agency-overview-2018-19.pdf")));
    }

    private static Manifest.Document entry(String kind, String audience, String path) {
        return new Manifest.Document(kind, kind, audience, "pdf", path, "0", 1, 1, List.of(), List.of());
    }

    private static int pages(String path) throws IOException {
        try (PDDocument doc = Loader.loadPDF(out.resolve(path).toFile())) {
            return doc.getNumberOfPages();
        }
    }

    private static PDOutlineItem item(PDDocument pack, int index) {
        List<PDOutlineItem> items = new ArrayList<>();
        pack.getDocumentCatalog().getDocumentOutline().children().forEach(items::add);
        return items.get(index);
    }

    private static List<String> children(PDDocument pack, PDOutlineNode node) throws IOException {
        List<String> out = new ArrayList<>();
        for (PDOutlineItem child : node.children()) {
            out.add(child.getTitle() + " @" + page(pack, child));
        }
        return out;
    }

    private static int page(PDDocument pack, PDOutlineItem item) throws IOException {
        return pack.getPages().indexOf(item.findDestinationPage(pack)) + 1;
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                }
            }
        }
        throw new AssertionError("no " + name + " in the DOCX");
    }
}
