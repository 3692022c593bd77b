package qaf.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import qaf.render.RenderContext;
import qaf.document.Audience;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.Chart;
import qaf.document.Tone;

class DocxDocumentTest {
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-04-01T08:00:00Z"), "qaf 0.1.0");
    private static final DocumentMeta META = new DocumentMeta("evaluation-overview", "Invented Partnership",
            "Evaluation overview", "", Audience.BOARD, List.of("MACE-2018-01"));

    private static byte[] save(DocxDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static DocxDocument sample() {
        return DocxDocument.create(META, CONTEXT)
                .title("Evaluation overview")
                .heading(1, "Findings")
                .paragraph(Span.plain("Plain, "), Span.strong("strong"), Span.plain(" and "), Span.emphasis("emphasised"))
                .bulletList(List.of("first", "second"))
                .heading(2, "Grades")
                .heading(3, "By agency")
                .table(new DataTable("grades", List.of("Agency", "Grade"), List.of(List.of("Police", "Good"))))
                .heading(1, "Appendix");
    }

    @Test
    void projectsHeadingsBulletsSpansAndTables() throws IOException {
        assertEquals("""
                [properties] title=Evaluation overview; language=en-GB; creator=qaf
                [header] OFFICIAL-SENSITIVE
                [header] Invented Partnership
                [footer] Page {PAGE} of {NUMPAGES}
                [footer] OFFICIAL-SENSITIVE
                = Evaluation overview
                # Findings
                Plain, strong and emphasised
                - first
                - second
                ## Grades
                ### By agency
                | Agency | Grade |
                |-
                | Police | Good |
                # Appendix
                """, DocxProjection.project(save(sample())));
    }

    @Test
    void refusesAHeadingThatSkipsALevel() {
        DocxDocument doc = DocxDocument.create(META, CONTEXT);
        assertThrows(IllegalArgumentException.class, () -> doc.heading(2, "too deep to start"));
        doc.heading(1, "One");
        assertThrows(IllegalArgumentException.class, () -> doc.heading(3, "skips two"));
        assertThrows(IllegalArgumentException.class, () -> doc.heading(4, "beyond the house style"));
        doc.heading(2, "Two").heading(3, "Three").heading(1, "back up is fine");
    }

    @Test
    void refusesARowOfTheWrongWidth() {
        DocxDocument doc = DocxDocument.create(META, CONTEXT);
        assertThrows(IllegalArgumentException.class,
                () -> doc.table(List.of("a", "b"), List.of(TableRow.of("only one"))));
        assertThrows(IllegalArgumentException.class,
                () -> doc.table(List.of("a", "b"), List.of(TableRow.of("1", "2")), 1, 2, 3));
    }

    @Test
    void altTextWithMarkupQuotesAndNewlinesIsStoredExactly() throws IOException, Docx4JException {
        String alt = "Grades <self> & \"panel\"\nline two ${x}";
        Chart figure = new Chart("Grades", alt, new Chart.Bars(false, false, "n", List.of("a"),
                List.of(new Chart.Series("s", Tone.GOOD, List.of(1)))));
        byte[] docx = save(DocxDocument.create(META, CONTEXT).figure(figure));
        assertTrue(DocxProjection.project(docx).contains("[figure: " + alt.replace("\n", "<br>") + "]"));
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        assertTrue(pkg.getMainDocumentPart().getXML().contains("descr=\"Grades &lt;self&gt; &amp; &quot;panel&quot;"));
    }

    @Test
    void charactersXmlCannotHoldAreDroppedNotFatal() throws IOException {
        byte[] docx = save(DocxDocument.create(META, CONTEXT).paragraph("bell\u0007 lone\uD800 surrogate\uFFFF end"));
        assertTrue(DocxProjection.project(docx).contains("\nbell lone surrogate end\n"));
    }

    @Test
    void entriesHaveAFixedOrderAndTimestamp() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(save(sample())))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertEquals(LocalDateTime.of(2000, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
            }
        }
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels"), names.subList(0, 2));
        assertEquals(names.subList(2, names.size()).stream().sorted().toList(), names.subList(2, names.size()));
    }

    @Test
    void savingTwiceGivesTheSameBytes() throws IOException {
        Chart figure = new Chart("Bars", "Two bars.", new Chart.Bars(true, false, "n", List.of("Ä label", "b"),
                List.of(new Chart.Series("s", Tone.GOOD, List.of(1, 2)))));
        DocxDocument doc = sample().figure(figure);
        byte[] first = save(doc);
        assertArrayEquals(first, save(doc));
        assertArrayEquals(first, save(sample().figure(figure)));
        // docx4j's comment names a version it reads racily, and the JVM: neither belongs in the bytes.
        assertFalse(documentXml(first).contains("docx4j"), "docx4j's tool comment is still in the document part");
    }

    @Test
    void aTitleNeverBreaksInsideAYearRangeButBodyTextMay() throws IOException {
        byte[] bytes = save(DocxDocument.create(META, CONTEXT)
                .title("Audit and Scrutiny annual report 2018-19")
                .paragraph(Span.plain("The year 2018-19, case MACE-1819-C1.")));
        String xml = documentXml(bytes);
        assertTrue(xml.contains("report 2018</w:t><w:noBreakHyphen/><w:t xml:space=\"preserve\">19</w:t>"), xml);
        assertTrue(xml.contains("The year 2018-19, case MACE-1819-C1."), "body text keeps its hyphens: " + xml);
        assertTrue(DocxProjection.project(bytes).contains("= Audit and Scrutiny annual report 2018-19\n"),
                "read back, the title has its hyphen");
    }

    @Test
    void formFieldsAreTaggedContentControlsWithPlaceholdersUntilFilled() throws IOException {
        DocxDocument doc = DocxDocument.create(META, CONTEXT)
                .formField("Lead person:", "lead-person", "", "Enter the lead person.", false)
                .formField("Reflections", "reflections", "Line one <&>\nLine two", "Enter reflections.", true)
                .formChoice("Worker notified?", "worker-notified", List.of("Yes", "No"), "No", "Choose Yes or No.");
        byte[] bytes = save(doc);
        String projected = DocxProjection.project(bytes);
        assertTrue(projected.endsWith("""
                Lead person: [field lead-person, empty: Enter the lead person.]
                Reflections<br>[field reflections: Line one <&><br>Line two]
                Worker notified? [choice worker-notified: No; options: Yes | No]
                """), projected);
        String xml = documentXml(bytes);
        assertTrue(xml.contains("<w:alias w:val=\"Lead person:\"/><w:tag w:val=\"lead-person\"/><w:id w:val=\"1\"/>"
                + "<w:showingPlcHdr/><w:text/>"), xml);
        assertTrue(xml.contains("<w:listItem w:displayText=\"Yes\" w:value=\"Yes\"/>"), xml);
        assertArrayEquals(bytes, save(doc));
    }

    @Test
    void formFieldsRefuseBadTagsMissingPromptsAndUnknownChoices() {
        DocxDocument doc = DocxDocument.create(META, CONTEXT);
        assertThrows(IllegalArgumentException.class, () -> doc.formField("A", "Bad Tag", "", "Enter.", false));
        assertThrows(IllegalArgumentException.class, () -> doc.formField("A", "a", "", " ", false));
        assertThrows(IllegalArgumentException.class,
                () -> doc.formChoice("A", "a", List.of("Yes", "No"), "Maybe", "Choose."));
    }

    private static String documentXml(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
