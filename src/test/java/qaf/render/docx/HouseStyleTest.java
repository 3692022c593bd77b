package qaf.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.render.RenderContext;
import qaf.document.Audience;
import qaf.document.DocumentMeta;

/** The house style is edited by people in Word: these are the facts qaf relies on. */
class HouseStyleTest {
    private static final DocumentMeta META = new DocumentMeta("chronology", "Invented Partnership", "T", "",
            Audience.PUBLIC, List.of());
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-04-01T08:00:00Z"), "qaf");

    private static WordprocessingMLPackage bundled() throws Docx4JException {
        return WordprocessingMLPackage.load(new ByteArrayInputStream(HouseStyle.bundled().bytes()));
    }

    @Test
    void theBundledHouseStyleIsTheCheckedInOne() throws IOException {
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(Path.of("report-templates/house-style.docx")),
                HouseStyle.bundled().bytes()));
    }

    @Test
    void definesEveryStyleWithHeadingOutlineLevelsAndBulletNumbering() throws Docx4JException {
        WordprocessingMLPackage pkg = bundled();
        Map<String, Style> styles = new HashMap<>();
        for (Style s : pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getStyle()) {
            styles.put(s.getStyleId(), s);
        }
        assertTrue(styles.keySet().containsAll(DocxPackageWriter.REQUIRED_STYLES));
        for (int level = 1; level <= DocxDocument.MAX_HEADING_LEVEL; level++) {
            assertEquals(BigInteger.valueOf(level - 1), styles.get("Heading" + level).getPPr().getOutlineLvl().getVal());
        }
        BigInteger numId = styles.get("ListBullet").getPPr().getNumPr().getNumId().getVal();
        assertNotNull(pkg.getMainDocumentPart().getNumberingDefinitionsPart().getInstanceListDefinitions()
                .get(numId.toString()), "List Bullet's numbering is defined");
        assertEquals("en-GB", pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getDocDefaults()
                .getRPrDefault().getRPr().getLang().getVal());
        var size = pkg.getMainDocumentPart().getJaxbElement().getBody().getSectPr().getPgSz();
        assertEquals(List.of(BigInteger.valueOf(11906), BigInteger.valueOf(16838)), List.of(size.getW(), size.getH()),
                "A4 portrait");
    }

    @Test
    void aHouseStyleWithoutAStyleQafNeedsIsRefusedByName(@TempDir Path dir) throws Docx4JException, IOException {
        WordprocessingMLPackage pkg = bundled();
        pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getStyle()
                .removeIf(s -> s.getStyleId().equals("Heading2"));
        Path edited = dir.resolve("house-style.docx");
        pkg.save(edited.toFile());
        DocxDocument doc = DocxDocument.create(META, CONTEXT, HouseStyle.load(edited)).heading(1, "One");
        IOException e = assertThrows(IOException.class, () -> doc.save(new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("[Heading2]"), e.getMessage());
    }

    @Test
    void anEditedHouseStyleRestylesTheOutput(@TempDir Path dir) throws Docx4JException, IOException {
        WordprocessingMLPackage pkg = bundled();
        pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getStyle().stream()
                .filter(s -> s.getStyleId().equals("Heading1")).findFirst().orElseThrow()
                .getRPr().getColor().setVal("C00000");
        Path edited = dir.resolve("house-style.docx");
        pkg.save(edited.toFile());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxDocument.create(META, CONTEXT, HouseStyle.load(edited)).heading(1, "One").save(out);
        WordprocessingMLPackage result = WordprocessingMLPackage.load(new ByteArrayInputStream(out.toByteArray()));
        assertEquals("C00000", result.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getStyle()
                .stream().filter(s -> s.getStyleId().equals("Heading1")).findFirst().orElseThrow()
                .getRPr().getColor().getVal());
    }
}
