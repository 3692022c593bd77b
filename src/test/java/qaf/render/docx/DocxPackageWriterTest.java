package qaf.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import qaf.document.Audience;
import qaf.document.Chart;
import qaf.document.DocumentMeta;
import qaf.document.Tone;
import qaf.render.RenderContext;

/**
 * Documents that share the house style's packaging ({@link PackagedStyle}) are byte for byte what
 * docx4j packaging each of them afresh makes: the shared entries carry nothing of the first document
 * (its title, its pictures, its links), and a document of another key gets a packaging of its own.
 */
class DocxPackageWriterTest {
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-04-01T08:00:00Z"), "qaf 0.1.0");

    @AfterEach
    void forget() {
        PackagedStyle.forget();
    }

    @Test
    void aSharedPackagingGivesTheBytesOfAFreshOne() throws IOException {
        List<Supplier<DocxDocument>> documents = documents();
        List<byte[]> fresh = new ArrayList<>();
        for (Supplier<DocxDocument> document : documents) {
            PackagedStyle.forget();
            fresh.add(save(document.get()));
        }
        PackagedStyle.forget();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < documents.size(); i++) {
                assertArrayEquals(fresh.get(i), save(documents.get(i).get()), "document " + i + ", round " + round);
            }
        }
    }

    @Test
    void theBundledHouseStyleIsOneInstanceSoItsPackagingsAreShared() {
        assertSame(HouseStyle.bundled(), HouseStyle.bundled());
        PackagedStyle.Key key = new PackagedStyle.Key(HouseStyle.bundled(), false, "OFFICIAL-SENSITIVE", "Invented",
                List.of(1), List.of());
        assertEquals(key, new PackagedStyle.Key(HouseStyle.bundled(), false, "OFFICIAL-SENSITIVE", "Invented",
                new ArrayList<>(List.of(1)), List.of()));
    }

    /**
     * Pairs with one key but different titles, pictures and links' text; then keys that differ in each
     * part: orientation, marking (a public document has none), partnership, figures, link addresses.
     */
    private static List<Supplier<DocxDocument>> documents() {
        return List.of(
                () -> document("Overview of Nowak", Audience.BOARD, "Invented Partnership", false, List.of(3, 1),
                        "https://example.org/a"),
                () -> document("Overview of Ó Súilleabháin", Audience.BOARD, "Invented Partnership", false,
                        List.of(7, 9), "https://example.org/a"),
                () -> document("Overview, landscape", Audience.BOARD, "Invented Partnership", true, List.of(3, 1),
                        "https://example.org/a"),
                () -> document("Public overview", Audience.PUBLIC, "Invented Partnership", false, List.of(3, 1),
                        "https://example.org/a"),
                () -> document("Another partnership", Audience.BOARD, "Riverside Partnership", false, List.of(3, 1),
                        "https://example.org/a"),
                () -> document("One figure", Audience.BOARD, "Invented Partnership", false, List.of(5), null),
                () -> document("No figure", Audience.CASE, "Invented Partnership", false, List.of(), null),
                () -> document("Other link", Audience.BOARD, "Invented Partnership", false, List.of(3, 1),
                        "https://example.org/b"));
    }

    private static DocxDocument document(String title, Audience audience, String partnership, boolean landscape,
            List<Integer> bars, String link) {
        DocxDocument doc = DocxDocument.create(new DocumentMeta("evaluation-overview", partnership, title,
                "Reviewed by Chiamaka Ndiaye", audience, List.of("MACE-2018-01")), CONTEXT);
        if (landscape) {
            doc.landscape();
        }
        doc.title(title).heading(1, "Findings");
        for (int value : bars) {
            doc.figure(new Chart("Grades " + value, "Bars of " + value, new Chart.Bars(false, false, "n",
                    List.of("a", "b"), List.of(new Chart.Series("s", Tone.GOOD, List.of(value, value + 2))))));
        }
        if (link != null) {
            doc.paragraph(Span.plain("See "), new Span("the guidance for " + title, Span.Emphasis.NONE, link));
        }
        return doc;
    }

    private static byte[] save(DocxDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
