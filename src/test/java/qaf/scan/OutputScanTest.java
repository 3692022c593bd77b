package qaf.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.privacy.ChildIdentity;
import qaf.privacy.ChildMatcher;
import qaf.publish.Manifest;

/**
 * Every place of a PDF, a DOCX and a CSV where text can hide is read, and a finding points to it
 * exactly — without the text. The files are made by hand, one name variant in each place.
 */
class OutputScanTest {
    private static final ChildMatcher MATCHER = ChildMatcher.of(List.of(
            new ChildIdentity("CH1", "Zoë", "Wiśniewska", LocalDate.of(2009, 3, 14), "Child A"),
            new ChildIdentity("CH2", "Ruairí", "Ó Súilleabháin", LocalDate.of(2011, 7, 30), "Child B")));

    @TempDir
    Path out;

    @Test
    void findsAChildInEveryPartOfAPdfADocxAndACsvAndPointsToItWithoutTheText() throws IOException {
        pdf(out.resolve("2018-19/kind/board.pdf"));
        docx(out.resolve("2018-19/kind/board.docx"));
        Files.createDirectories(out.resolve("2018-19/kind/board.data"));
        Files.writeString(out.resolve("2018-19/kind/board.data/table.csv"),
                "agency,rationale\r\nPolice,\"Seen twice;\nZOE WISNIEWSKA absent\"\r\nHealth,nothing\r\nGP,born 30/07/11\r\n",
                StandardCharsets.UTF_8);
        pdf(out.resolve("2018-19/chronology/case.pdf")); // a case document: may name its child, not read
        Manifest manifest = manifest(
                document("board", "pdf", "2018-19/kind/board.pdf", List.of("2018-19/kind/board.data/table.csv")),
                document("board", "docx", "2018-19/kind/board.docx", List.of("2018-19/kind/board.data/table.csv")),
                document("case", "pdf", "2018-19/chronology/case.pdf", List.of()));

        OutputScan.Result result = new OutputScan(out, MATCHER, Set.of()).scan(manifest);

        // In manifest order (by path); the CSV once, with the first document that lists it.
        assertEquals(List.of(
                "2018-19/kind/board.docx | word/document.xml paragraph 2: CH1: full name",
                "2018-19/kind/board.docx | word/document.xml picture 1 descr: CH2: given or family name",
                "2018-19/kind/board.docx | word/header1.xml paragraph 1: CH2: full name",
                "2018-19/kind/board.docx | word/footer1.xml paragraph 1: CH1: date of birth",
                "2018-19/kind/board.docx | docProps/core.xml dc:title: CH1: given or family name",
                "2018-19/kind/board.docx | docProps/app.xml Company: CH2: given or family name",
                "2018-19/kind/board.data/table.csv | line 2, column 2: CH1: full name",
                "2018-19/kind/board.data/table.csv | line 5, column 2: CH2: date of birth",
                "2018-19/kind/board.pdf | page 2: CH1: full name",
                "2018-19/kind/board.pdf | document information Subject: CH2: given or family name",
                "2018-19/kind/board.pdf | XMP metadata dc:subject: CH1: given or family name",
                "2018-19/kind/board.pdf | bookmark 2: CH2: full name",
                "2018-19/kind/board.pdf | structure element 2 (Figure) alt text: CH1: date of birth"),
                result.findings().stream().map(f -> f.file() + " | " + f.format()).toList());
        assertEquals(3, result.filesScanned(), "the PDF, the DOCX and their one CSV, read once");
        assertEquals(1, result.caseFilesSkipped());
        assertTrue(result.unreadable().isEmpty());
    }

    @Test
    void aDateOfBirthThatIsAlsoARecordDateIsCountedApartAndNamesStillCount() throws IOException {
        Files.createDirectories(out.resolve("a.data"));
        Files.writeString(out.resolve("a.data/t.csv"), "due,who\n14/03/2009,Zoë\n", StandardCharsets.UTF_8);
        Manifest manifest = manifest(document("board", "pdf", "a.data/t.csv", List.of()));
        OutputScan.Result result = new OutputScan(out, MATCHER, Set.of("CH1")).scan(manifest);
        assertEquals(List.of("line 2, column 2: CH1: given or family name"),
                result.findings().stream().map(OutputScan.Finding::format).toList());
        assertEquals(1, result.notCounted());
        assertEquals(Set.of("CH1"), result.notCountedChildren());
    }

    @Test
    void aListedFileThatIsMissingDamagedOrOutsideTheFolderIsNotCleanButReported() throws IOException {
        Files.writeString(out.resolve("broken.pdf"), "%PDF-1.7 this is not a PDF", StandardCharsets.UTF_8);
        Manifest manifest = manifest(document("public", "pdf", "missing.pdf", List.of()),
                document("public", "pdf", "broken.pdf", List.of()),
                document("board", "pdf", "../elsewhere.pdf", List.of()));
        OutputScan.Result result = new OutputScan(out, MATCHER, Set.of()).scan(manifest);
        assertEquals(List.of("../elsewhere.pdf", "broken.pdf", "missing.pdf"),
                result.unreadable().stream().map(OutputScan.Unreadable::file).sorted().toList());
        assertTrue(!result.clean());
    }

    private static Manifest.Document document(String audience, String format, String path, List<String> data) {
        return new Manifest.Document("kind", "Title", audience, format, path, "0", 0, null, List.of(),
                data.stream().map(p -> new Manifest.DataFile("table", p, "0", 0)).toList());
    }

    private static Manifest manifest(Manifest.Document... documents) {
        return new Manifest("qaf", "test", "0", "2018-19", List.of(documents), List.of());
    }

    /** Two pages (the name on the second), a subject, XMP subject, two bookmarks, a figure with alt text. */
    private static void pdf(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String line : List.of("Evaluation overview", "The panel heard from Zoe  Wisniewska at length.")) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(line);
                    content.endText();
                }
            }
            doc.getDocumentInformation().setTitle("Evaluation overview");
            doc.getDocumentInformation().setSubject("About Ruairi");
            String xmp = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                    + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                    + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                    + "<dc:subject>Wiśniewska</dc:subject></rdf:Description></rdf:RDF></x:xmpmeta>"
                    + "<?xpacket end=\"w\"?>";
            PDMetadata metadata = new PDMetadata(doc);
            try (OutputStream os = metadata.createOutputStream()) {
                os.write(xmp.getBytes(StandardCharsets.UTF_8));
            }
            doc.getDocumentCatalog().setMetadata(metadata);
            PDDocumentOutline outline = new PDDocumentOutline();
            for (String title : List.of("Contents", "RUAIRÍ Ó SÚILLEABHÁIN")) {
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(title);
                outline.addLast(item);
            }
            doc.getDocumentCatalog().setDocumentOutline(outline);
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            PDStructureElement document = new PDStructureElement("Document", root);
            root.appendKid(document);
            PDStructureElement figure = new PDStructureElement("Figure", document);
            figure.setAlternateDescription("A chart; born 14th March 2009");
            document.appendKid(figure);
            doc.getDocumentCatalog().setStructureTreeRoot(root);
            doc.save(file.toFile());
        }
    }

    /**
     * Body (the name split across runs), a picture's alt text, header, footer (a date written with Word's
     * non-breaking hyphens), core and app properties.
     */
    private static void docx(Path file) throws IOException {
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            entry(zip, "word/document.xml", "<w:document " + w + "><w:body>"
                    + "<w:p><w:r><w:t>Evaluation overview</w:t></w:r></w:p>"
                    + "<w:p><w:r><w:t>Seen: Zo</w:t></w:r><w:r><w:t>ë</w:t></w:r><w:r><w:tab/><w:t>Wiśniewska</w:t></w:r></w:p>"
                    + "<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"Chart 1\" descr=\"Súilleabháin's grades\"/>"
                    + "</wp:inline></w:drawing></w:r></w:p></w:body></w:document>");
            entry(zip, "word/header1.xml", "<w:hdr " + w + "><w:p><w:r><w:t>OFFICIAL – Ruairí Ó\u00A0Súilleabháin</w:t>"
                    + "</w:r></w:p></w:hdr>");
            entry(zip, "word/footer1.xml", "<w:ftr " + w + "><w:p><w:r><w:t>Born 2009</w:t><w:noBreakHyphen/><w:t>03</w:t>"
                    + "<w:noBreakHyphen/><w:t>14</w:t></w:r></w:p></w:ftr>");
            entry(zip, "word/styles.xml", "<w:styles " + w + "><w:style><w:name w:val=\"Zoë\"/></w:style></w:styles>");
            entry(zip, "docProps/core.xml", "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
                    + "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Zoë's overview"
                    + "</dc:title></cp:coreProperties>");
            entry(zip, "docProps/app.xml", "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "extended-properties\"><Company>Ruairí</Company></Properties>");
        }
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
