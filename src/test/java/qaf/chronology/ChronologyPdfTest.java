package qaf.chronology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.junit.jupiter.api.Test;
import qaf.chronology.ChronologyDocument.Entry;
import qaf.render.RenderContext;
import qaf.bench.SyntheticChronologyPdf;
import qaf.render.pdf.VeraPdf;
import qaf.document.Audience;
import qaf.document.DocumentMeta;

class ChronologyPdfTest {
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2026-11-02T09:00:00Z"), "qaf 0.1.0");
    /** Markup characters in the title reach the XMP packet, the Info dictionary and every page. */
    private static final String TITLE = "Multi-agency chronology: case C-0101 <review> & \"learning\"";
    private static final String LONG_ENDING = "and this is the very last sentence of the longest entry";
    /** Where rendered samples go for people to look at; not part of the build. */
    private static final Path SAMPLES = Path.of(System.getProperty("qaf.samples", "target/pdf-samples"));

    static ChronologyDocument awkward() {
        DocumentMeta meta = new DocumentMeta("chronology", "Northbridge Safeguarding Children Partnership",
                TITLE, "Evaluation MACE-2018-01", Audience.CASE,
                List.of("MACE-2018-01", "C-0101"));
        StringBuilder longText = new StringBuilder();
        while (longText.length() < 30_000 - LONG_ENDING.length() - 1) {
            longText.append("Ștefan's key worker recorded a long account of the visit, word ").append(longText.length())
                    .append(". ");
        }
        longText.setLength(30_000 - LONG_ENDING.length() - 1);
        longText.append(' ').append(LONG_ENDING);
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(2016, "c. 2016", "CSC", "Children's Social Care", "Referral",
                "Referral from Siobhán Ó Briain (health visitor) about Zoë; family known since <2015> & \"before\"",
                "\"I don't want to go home\" 😢", "", "negative", true, true));
        entries.add(new Entry(2017, "May 2017", "POL", "Police", "Incident log",
                "Incident at address; Łukasz present. Template-like text ${P} $F{x} <b>not bold</b> &amp;",
                "", "Referred to MASH", "neutral", false, false));
        entries.add(new Entry(2017, "14/06/2017 09:30", "HLT", "Community Health", "Health visit",
                "Interpreter used for Urdu: بچے کی آواز and Arabic: صوت الطفل. Family 👨‍👩‍👧 emoji.",
                "Said Nguyễn Văn An is kind to them", "Follow-up booked", "positive", false, false));
        entries.add(new Entry(2018, "02/02/2018", "EDU", "Education", "School report", longText.toString(),
                "Worried about Mum", "", "negative", true, true));
        entries.add(new Entry(2018, "03/02/2018", "CSC", "Children's Social Care", "Case note",
                "Core group meeting after the long report", "", "Plan reviewed", "", false, false));
        return SyntheticChronologyPdf.document(meta, "Zoë Łukasz-Nguyễn", LocalDate.of(2009, 3, 14),
                "Merged for evaluation MACE-2018-01, case C-0101", entries,
                List.of("Probation Service submitted no entries.", "Housing submitted no entries."));
    }

    static byte[] render(ChronologyDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChronologyPdf().render(doc, CONTEXT, out);
        return out.toByteArray();
    }

    static void sample(String name, byte[] pdf) throws IOException {
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve(name), pdf);
    }

    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    @Test
    void awkwardTextRendersCompliantAndComplete() throws IOException {
        byte[] pdf = render(awkward());
        sample("chronology-awkward.pdf", pdf);
        VeraPdf.assertCompliant(pdf, "awkward chronology");
        List<String> pages = pages(pdf);
        String all = String.join("\n", pages);
        String flat = all.replaceAll("\\s+", " ");
        assertTrue(flat.contains(LONG_ENDING), "30,000-character entry cut short");
        assertTrue(pages.size() > 3, "the long entry should flow over several pages, got " + pages.size());
        for (String name : List.of("Zoë Łukasz-Nguyễn", "Siobhán Ó Briain", "Ștefan", "Nguyễn Văn An", "Łukasz")) {
            assertTrue(flat.contains(name), "diacritics lost in " + name);
        }
        assertTrue(flat.contains("${P} $F{x} <b>not bold</b> &amp;"), "template-like text not shown literally");
        assertTrue(flat.contains("14/03/2009"), "date of birth missing");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(TITLE, doc.getDocumentInformation().getTitle());
            XMPMetadata xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
            assertEquals(TITLE, xmp.getDublinCoreSchema().getTitle());
            assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
        } catch (XmpParsingException | org.apache.xmpbox.type.BadFieldValueException e) {
            throw new AssertionError("XMP metadata does not parse", e);
        }
        // Regression: a heading taller than its box was silently dropped by the exporter.
        for (String year : List.of("2016", "2017", "2018")) {
            assertTrue(all.lines().anyMatch(line -> line.strip().equals(year)), "no heading for " + year);
        }
        assertTrue(flat.contains("Housing"), "agency with no entries missing");
        assertTrue(flat.contains("\u2691 No action recorded"), "voice-without-action marker missing");
        assertTrue(flat.contains("\u2605 Key event"), "key event marker missing");
        // DejaVu Sans draws a few emoticons (😢) but no people emoji: the ZWJ family becomes one □.
        // The bundled Noto Emoji draws the family sequence: kept, not replaced by a box (issue 13).
        assertTrue(all.contains("\uD83D\uDC68"), "emoji the bundled fonts draw should be kept");
        assertFalse(all.contains("\u25A1"), "no character of this text should become a box");
        // A line mixing English and Arabic is one shaped run: its logical text is the run's /ActualText
        // (PDFBox's stripper re-orders that again, so its plain text is not the check).
        assertTrue(qaf.render.pdf.EmbeddedGlyphs.actualTexts(pdf).contains("Urdu: بچے کی آواز and Arabic: صوت الطفل."),
                "Arabic text not in the text layer in logical order");
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i).strip();
            assertTrue(page.startsWith("OFFICIAL-SENSITIVE"), "no marking at top of page " + (i + 1));
            assertTrue(page.endsWith("OFFICIAL-SENSITIVE") || page.contains("OFFICIAL-SENSITIVE Page "),
                    "no marking at bottom of page " + (i + 1));
            assertEquals(2, count(page, "OFFICIAL-SENSITIVE"), "marking count on page " + (i + 1));
            Matcher m = Pattern.compile("Page (\\d+) of (\\d+)").matcher(page);
            assertTrue(m.find(), "no page number on page " + (i + 1));
            assertEquals(i + 1, Integer.parseInt(m.group(1)));
            assertEquals(pages.size(), Integer.parseInt(m.group(2)));
        }
    }

    @Test
    void emptyChronologyRendersCompliant() throws IOException {
        ChronologyDocument doc = SyntheticChronologyPdf.document(awkward().meta(), "Łukasz Nowak",
                LocalDate.of(2012, 1, 5), "Merged for evaluation MACE-2018-01, case C-0102", List.of(),
                List.of("No agency submitted entries."));
        byte[] pdf = render(doc);
        sample("chronology-empty.pdf", pdf);
        VeraPdf.assertCompliant(pdf, "empty chronology");
        String flat = String.join("\n", pages(pdf)).replaceAll("\\s+", " ");
        assertTrue(flat.contains("No agency submitted any entries."), flat);
        assertTrue(flat.contains("Chronology There are no entries to show."), "the DOCX's words: " + flat);
        assertTrue(flat.contains("Page 1 of"), "page furniture missing on an empty chronology");
    }

    @Test
    void sameDocumentGivesSameBytes() throws IOException {
        ChronologyDocument doc = SyntheticChronologyPdf.of(300, 7);
        byte[] first = render(doc);
        byte[] second = render(doc);
        sample("chronology-300.pdf", first);
        assertArrayEquals(first, second, "two renderings of one document differ");
        VeraPdf.assertCompliant(first, "300-entry chronology");
    }

    @Test
    void swappedToDiskLargeChronologyIsCompliantAndReproducible() throws IOException {
        // 1,600 entries: above JasperPdf's threshold, so the memory-bounded path: pages through the
        // swap-file virtualiser (and the timeline figure through its renderer cache), the structure
        // tree written while exporting, the streaming post-processing pass.
        ChronologyDocument doc = SyntheticChronologyPdf.of(1_600, 11);
        byte[] first = render(doc);
        byte[] second = render(doc);
        assertArrayEquals(first, second, "two renderings of one large document differ");
        VeraPdf.assertCompliant(first, "1,600-entry chronology");
        List<String> pages = pages(first);
        assertTrue(pages.get(pages.size() - 1).contains("(entry 1600)"), "last entry missing");
    }

    /** Invented sentences (as ScriptsPdfTest's): Urdu with ے and ہ, and Bengali conjuncts and vowel signs. */
    private static final String URDU = "بچے نے کہا کہ اسے اسکول پسند ہے";
    private static final String BENGALI = "শিশুটি বলেছে সে স্কুলে নিরাপদ";

    @Test
    void aLargeChronologyWithUrduAndBengaliIsCompliantAndItsTextLayerReadsInLogicalOrder() throws IOException {
        // 1,600 entries: the streaming post-processing pass, which must complete the shaped fonts'
        // /ToUnicode maps as the in-memory pass does (PDF/A-2 6.2.11.7.2, PDF/UA-1 7.21.7).
        ChronologyDocument synthetic = SyntheticChronologyPdf.of(1_600, 11);
        List<Entry> entries = new ArrayList<>(synthetic.entries());
        for (int i = 0; i < entries.size(); i += 200) {
            Entry e = entries.get(i);
            entries.set(i, new Entry(e.year(), e.dateLabel(), e.agencyCode(), e.agencyName(), e.source(),
                    "Interpreter used: " + URDU + " (entry " + (i + 1) + ")", BENGALI, e.action(), e.impact(),
                    e.keyEvent(), false));
        }
        ChronologyDocument doc = SyntheticChronologyPdf.document(synthetic.meta(), synthetic.childName(),
                synthetic.dateOfBirth(), synthetic.context(), entries, synthetic.notes());
        byte[] pdf = render(doc);
        sample("chronology-1600-scripts.pdf", pdf);
        VeraPdf.assertCompliant(pdf, "1,600-entry chronology in Urdu and Bengali");
        String logical = qaf.render.pdf.EmbeddedGlyphs.actualTexts(pdf);
        assertEquals(8, count(logical, URDU), "each Urdu run once, in logical order, in the text layer");
        assertEquals(8, count(logical, BENGALI), "each Bengali run once, in logical order, in the text layer");
        List<String> pages = pages(pdf);
        assertTrue(pages.get(pages.size() - 1).contains("(entry 1600)"), "last entry missing");
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }
}
