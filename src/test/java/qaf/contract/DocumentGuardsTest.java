package qaf.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import qaf.catalogue.Catalogue;
import qaf.render.Format;
import qaf.render.docx.DocxProjection;
import qaf.render.pdf.VeraPdf;

/**
 * Guards that keep the one document model honest: every kind the catalogue builds has a contract
 * scenario; a scenario's PDF and DOCX say the same words (so a wording can only be changed in one
 * place); and every scenario's PDF passes veraPDF (PDF/A-2a and PDF/UA-1).
 */
class DocumentGuardsTest {

    /** Words only one format prints: page furniture (the PDF's "Page 2 of 3"; Word numbers its own pages). */
    private static final Set<String> FURNITURE = Set.of("page", "of", "===", "•", "numpages");

    /**
     * What one format of a kind says about itself and nothing else: how to fill in the form in that
     * format (tick boxes to write in, or Word's content controls), and the name of the briefing's DOCX.
     * Set aside before the words are compared, as the issue allows for format-specific instructions.
     */
    private static final Map<String, List<String>> FORMAT_SPECIFIC = Map.of(
            "close-the-loop", List.of(qaf.closetheloop.CloseTheLoopDocument.PDF_INSTRUCTION,
                    qaf.closetheloop.CloseTheLoopDocument.DOCX_INSTRUCTION),
            "seven-minute-briefing", List.of(qaf.briefing.BriefingBlocks.TEXT_ONLY.strip()));

    static Stream<Arguments> scenarios() {
        return DocumentContractTest.scenarios().map(a -> (DocumentContractTest.Scenario<?>) a.get()[2]).distinct()
                .map(s -> Arguments.of(s.name(), s));
    }

    @Test
    void everyKindOfTheCatalogueHasAContractScenario() {
        Set<String> kinds = Catalogue.ALL.stream().map(k -> k.id()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> scenarios = scenarios().map(a -> (String) a.get()[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(kinds, scenarios, "one contract scenario per kind, named after it");
    }

    /**
     * Every kind: a block document's formats come from one model, and the bespoke renderers take their
     * words from one place (see their package comments), so any word one format prints and the other
     * does not is a renderer dropping or rewording something.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void pdfAndDocxSayTheSameWords(String name, DocumentContractTest.Scenario<?> scenario) throws IOException {
        List<String> aside = FORMAT_SPECIFIC.getOrDefault(name, List.of());
        Set<String> pdf = words(without(logicalText(scenario.render(Format.PDF)), aside));
        Set<String> docx = words(without(docxBody(DocxProjection.project(scenario.render(Format.DOCX))), aside));
        Set<String> onlyPdf = new TreeSet<>(pdf);
        onlyPdf.removeAll(docx);
        Set<String> onlyDocx = new TreeSet<>(docx);
        onlyDocx.removeAll(pdf);
        assertTrue(onlyPdf.isEmpty() && onlyDocx.isEmpty(),
                name + ": words in the PDF only " + onlyPdf + "; in the DOCX only " + onlyDocx);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyPdfPassesVeraPdf(String name, DocumentContractTest.Scenario<?> scenario) throws IOException {
        VeraPdf.assertCompliant(scenario.render(Format.PDF), name);
    }

    /** The text with white space made single spaces (the PDF wraps lines anywhere) and the phrases taken out. */
    static String without(String text, List<String> phrases) {
        String flat = text.replaceAll("\\s+", " ");
        for (String phrase : phrases) {
            flat = flat.replace(phrase.replaceAll("\\s+", " "), " ");
        }
        return flat;
    }

    /**
     * The PDF's text in content order (the order a screen reader and copy-and-paste see), not sorted by
     * position: sorting splits a right-aligned bold word whose glyphs sit a fraction of a point apart.
     */
    static String logicalText(byte[] pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    /**
     * The DOCX projection less what the PDF's text layer does not hold: properties, header and footer
     * lines (the PDF prints them on every page, counted once here) and figures' alt text (in the PDF it
     * is the tagged figure's /Alt, not page text); line breaks inside cells become spaces.
     */
    static String docxBody(String projection) {
        StringBuilder out = new StringBuilder();
        for (String line : projection.split("\\R")) {
            if (line.startsWith("[properties]") || line.startsWith("[figure:")) {
                continue;
            }
            // A content control's prompt is the DOCX's form instruction; its answer is the document's words.
            out.append(line.replaceFirst("^\\[(header|footer)] ", "").replace("<br>", " ")
                    .replaceAll("\\[(?:field|choice) [^\\]\\s,:]+, empty: [^\\];]*(?:; options: ([^\\]]*))?]", "$1")
                    .replaceAll("\\[(?:field|choice) [^\\]\\s,:]+: ([^\\];]*)(?:; options: ([^\\]]*))?]", "$1 $2"))
                    .append('\n');
        }
        return out.toString();
    }

    /**
     * The words of a projection, split at hyphens too (the PDF wraps "self-evaluation" after its hyphen),
     * case folded, without punctuation at their ends or numbers (page
     * numbers and counts of pages differ by format; figures are covered by the golden files).
     */
    static Set<String> words(String text) {
        List<String> all = Arrays.stream(text.split("[\\s\\u00a0\\-‐‑]+"))
                .map(w -> w.replaceAll("^[\\p{Punct}‘’“”–—…]+|[\\p{Punct}‘’“”–—…]+$", "").toLowerCase(java.util.Locale.UK))
                .filter(w -> !w.isEmpty() && !w.matches("[0-9]+") && !FURNITURE.contains(w)).toList();
        return new TreeSet<>(all);
    }
}
