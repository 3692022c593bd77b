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
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
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
 * The board pack assembled from a real build of the sample (three board kinds and the case-audience
 * chronology kept out): veraPDF, bookmarks, page labels, one structure root, the DOCX twin, the
 * manifest, determinism, and the refusal of case documents.
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
                    Set.of("single-agency-overview", "schools-overview", "action-tracker"),
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
            // Default order: overviews (schools before single agency), then the action tracker.
            assertEquals(List.of("schools-2018", "single-agency-overview-2018-19", "action-tracker"), refs);
        }
        try (PDDocument pack = Loader.loadPDF(out.resolve(PACK_PDF).toFile())) {
            assertEquals(pack.getNumberOfPages(), packs.get(1).get("pages").asInt());
        }
    }

    @Test
    void thePdfPassesPdfA2aAndPdfUa1() throws IOException {
        VeraPdf.assertCompliant(Files.readAllBytes(out.resolve(PACK_PDF)), "board pack");
    }

    @Test
    void bookmarksPerDocumentAndPerHeadingPointAtTheRightPages() throws IOException {
        int schools = pages("2018-19/schools-overview/schools-2018.pdf");
        int single = pages("2018-19/single-agency-overview/single-agency-overview-2018-19.pdf");
        int tracker = pages("2018-19/action-tracker/action-tracker.pdf");
        try (PDDocument pack = Loader.loadPDF(out.resolve(PACK_PDF).toFile())) {
            int cover = pack.getNumberOfPages() - schools - single - tracker;
            assertEquals(1, cover, "the cover and contents fit one page for three documents");
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : pack.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle() + " @" + page(pack, item));
            }
            assertEquals(List.of(
                    "Cover and contents @1",
                    "Schools' safeguarding audit 2018: overview @" + (cover + 1),
                    "Single agency audits 2018-19 @" + (cover + schools + 1),
                    "Action tracker 2018-19 @" + (cover + schools + single + 1)), top);
            List<String> schoolHeadings = children(pack, item(pack, 1));
            assertEquals(List.of("Returns", "Ratings by area", "Schools flagged for support", "Moderation panel",
                    "Actions arising", "Data notes"),
                    schoolHeadings.stream().map(h -> h.substring(0, h.indexOf(" @"))).toList());
            // Each heading lies within its document's pages, in page order.
            List<Integer> headingPages = schoolHeadings.stream()
                    .map(h -> Integer.parseInt(h.substring(h.indexOf(" @") + 2))).toList();
            assertEquals(cover + 1, headingPages.get(0));
            assertTrue(headingPages.stream().allMatch(p -> p > cover && p <= cover + schools), headingPages.toString());
            assertEquals(headingPages.stream().sorted().toList(), headingPages);
            assertEquals(List.of("Returns", "Moderation panel", "Audits by agency"),
                    children(pack, item(pack, 2)).stream().map(h -> h.substring(0, h.indexOf(" @"))).toList());
            assertEquals(List.of("How actions are rated", "Summary", "Actions"), children(pack, item(pack, 3))
                    .stream().map(h -> h.substring(0, h.indexOf(" @"))).toList());
            // The cover has no bookmarks of its own below it.
            assertEquals(List.of(), children(pack, item(pack, 0)));
        }
    }

    @Test
    void pageLabelsRunOnThroughThePack() throws IOException {
        try (PDDocument pack = Loader.loadPDF(out.resolve(PACK_PDF).toFile())) {
            String[] labels = pack.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            String[] expected = IntStream.rangeClosed(1, pack.getNumberOfPages()).mapToObj(Integer::toString)
                    .toArray(String[]::new);
            assertArrayEquals(expected, labels);
        }
    }

    @Test
    void oneDocumentRootHoldsTheCoverAndEachDocumentInOrder() throws IOException {
        try (PDDocument pack = Loader.loadPDF(out.resolve(PACK_PDF).toFile())) {
            COSDictionary root = pack.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
            COSDictionary document = (COSDictionary) root.getDictionaryObject(COSName.K);
            assertEquals(COSName.DOCUMENT, document.getCOSName(COSName.S));
            COSArray kids = (COSArray) document.getDictionaryObject(COSName.K);
            assertEquals(4, kids.size(), "the cover and three documents");
            for (int i = 0; i < kids.size(); i++) {
                COSDictionary kid = (COSDictionary) kids.getObject(i);
                assertFalse(COSName.DOCUMENT.equals(kid.getCOSName(COSName.S)), "no nested Document");
                assertEquals(document, kid.getDictionaryObject(COSName.P));
            }
            assertEquals("Board pack 2018-19", pack.getDocumentInformation().getTitle());
            assertEquals("en-GB", pack.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void theCoverListsEachDocumentWithItsStartingPage() throws IOException {
        int schools = pages("2018-19/schools-overview/schools-2018.pdf");
        int single = pages("2018-19/single-agency-overview/single-agency-overview-2018-19.pdf");
        try (PDDocument pack = Loader.loadPDF(out.resolve(PACK_PDF).toFile())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String cover = stripper.getText(pack).replaceAll("\\s+", " ");
            assertTrue(cover.contains("OFFICIAL-SENSITIVE"), cover);
            assertTrue(cover.contains("Reporting year 2018-19"), cover);
            // Regression: the "Contents" heading's box was shorter than its text, so it was not drawn.
            assertTrue(cover.contains("Page numbers are those of this pack. Contents Document Kind Page"), cover);
            assertTrue(cover.contains("Schools' safeguarding audit 2018: overview Schools overview 2"), cover);
            assertTrue(cover.contains("Single agency audits 2018-19 Single agency overview " + (2 + schools)), cover);
            assertTrue(cover.contains("Action tracker 2018-19 Action tracker " + (2 + schools + single)), cover);
        }
    }

    @Test
    void theDocxTwinHasACoverAContentsFieldAndEveryDocumentInOrder() throws IOException, org.docx4j.openpackaging.exceptions.Docx4JException {
        byte[] docx = Files.readAllBytes(out.resolve(PACK_DOCX));
        String document = entry(docx, "word/document.xml");
        assertTrue(document.contains(" TOC \\h \\z \\t \"Title,1,Heading 1,2,Heading 2,3\" "), "TOC field");
        assertTrue(entry(docx, "word/settings.xml").contains("<w:updateFields w:val=\"true\"/>"));
        int schools = document.indexOf(">Schools' safeguarding audit 2018: overview<");
        int single = document.indexOf(">Single agency audits 2018-19<");
        int tracker = document.indexOf(">Action tracker 2018-19<");
        int toc = document.indexOf(" TOC ");
        assertTrue(toc > 0 && toc < schools && schools < single && single < tracker,
                List.of(toc, schools, single, tracker).toString());
        // The action tracker keeps its landscape page set-up in its own section.
        assertTrue(document.substring(single).contains("w:orient=\"landscape\""));
        assertEquals(1, document.split("<w:body>", -1).length - 1);
        // Its chart moved with it, under a relationship of the pack.
        assertTrue(entry(docx, "word/_rels/document.xml.rels").contains("media/pack-3-qaf-figure-1.png"));
        assertTrue(entry(docx, "word/media/pack-3-qaf-figure-1.png").length() > 0);
        // A Word-readable package: docx4j opens it.
        assertTrue(org.docx4j.openpackaging.packages.WordprocessingMLPackage.load(new ByteArrayInputStream(docx))
                .getMainDocumentPart().getContent().size() > 10);
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws IOException {
        byte[] pdf = Files.readAllBytes(out.resolve(PACK_PDF));
        byte[] docx = Files.readAllBytes(out.resolve(PACK_DOCX));
        Manifest manifest = new ObjectMapper().readValue(out.resolve("manifest.json").toFile(), Manifest.class);
        List<Manifest.Document> sources = manifest.documents().stream()
                .filter(d -> !d.kind().equals(BoardPack.KIND)).toList();
        BoardPack again = new BoardPack(out, "Kestrel Vale Local Safeguarding Children Board", "2018-19",
                new RenderContext(Instant.parse("2019-03-31T00:00:00Z"), "qaf test"));
        // Assembled again, from the same published files, it is the same file.
        Manifest.Document pdfAgain = again.publish(sources, List.of(), Format.PDF);
        Manifest.Document docxAgain = again.publish(sources, List.of(), Format.DOCX);
        assertArrayEquals(pdf, Files.readAllBytes(out.resolve(pdfAgain.path())));
        assertArrayEquals(docx, Files.readAllBytes(out.resolve(docxAgain.path())));
    }

    @Test
    void startPagesFollowTheCoverAndEachDocumentsLength() {
        List<BoardPackCover.Entry> entries = List.of(new BoardPackCover.Entry("A", "k", 3),
                new BoardPackCover.Entry("B", "k", 5), new BoardPackCover.Entry("C", "k", 1));
        assertEquals(List.of(2, 5, 10), BoardPackCover.startPages(1, entries));
        assertEquals(List.of(3, 6, 11), BoardPackCover.startPages(2, entries));
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
