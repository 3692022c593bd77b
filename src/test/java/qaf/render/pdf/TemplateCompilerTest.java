package qaf.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRReportTemplate;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignReportTemplate;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import org.junit.jupiter.api.Test;

class TemplateCompilerTest {
    private static JasperDesign furniture() throws IOException, JRException {
        try (InputStream in = Files.newInputStream(Path.of("report-templates", TemplateCompiler.FURNITURE))) {
            return JRXmlLoader.load(in);
        }
    }

    @Test
    void furnitureIsScaledToAPortraitColumnAndBringsItsParameters() throws IOException, JRException {
        JasperDesign portrait = new JasperDesign();
        portrait.setName("portrait");
        portrait.setPageWidth(595);
        portrait.setColumnWidth(523);
        portrait.setLeftMargin(36);
        portrait.setRightMargin(36);
        TemplateCompiler.addFurniture(portrait, furniture());
        int right = 0;
        for (JRElement e : portrait.getPageHeader().getElements()) {
            right = Math.max(right, e.getX() + e.getWidth());
        }
        assertEquals(523, right, "header should span the portrait column exactly");
        for (String p : new String[] {PageFurniture.PARTNERSHIP_NAME, PageFurniture.DOCUMENT_TITLE, PageFurniture.MARKING}) {
            assertTrue(portrait.getParametersMap().containsKey(p), "missing parameter " + p);
        }
    }

    @Test
    void refusesATemplateThatHasItsOwnHeader() throws IOException, JRException {
        JasperDesign design = new JasperDesign();
        design.setName("own-header");
        design.setColumnWidth(523);
        design.setPageHeader(new JRDesignBand());
        JasperDesign furniture = furniture();
        assertThrows(IllegalArgumentException.class, () -> TemplateCompiler.addFurniture(design, furniture));
    }

    @Test
    void compiledChronologyIsOnTheClasspath() {
        assertEquals("chronology", ReportTemplates.load("chronology").getName());
        assertThrows(IllegalArgumentException.class, () -> ReportTemplates.load("../evil"));
    }

    @Test
    void aStyleTemplateNamedByItsLocationIsReadOnceThroughReportTemplates() {
        JasperDesign design = new JasperDesign();
        design.addTemplate(new JRDesignReportTemplate(new JRDesignExpression("\"reports/qaf-styles.jrtx\"")));
        TemplateCompiler.readStylesOnce(design, "styled.jrxml");
        assertEquals("qaf.render.pdf.ReportTemplates.styles(\"reports/qaf-styles.jrtx\")",
                design.getTemplates()[0].getSourceExpression().getText());
    }

    @Test
    void refusesAStyleTemplateThatIsNotAPlainLocation() {
        JasperDesign design = new JasperDesign();
        design.addTemplate(new JRDesignReportTemplate(new JRDesignExpression("$P{STYLES}")));
        assertThrows(IllegalArgumentException.class, () -> TemplateCompiler.readStylesOnce(design, "odd.jrxml"));
    }

    @Test
    void everyCompiledReportTakesTheSharedStyleTemplate() {
        for (String name : new String[] {"chronology", "blocks", "blocks-landscape", "close-the-loop", "seven-minute-briefing"}) {
            JasperReport report = ReportTemplates.load(name);
            JRReportTemplate[] templates = report.getTemplates();
            assertEquals(1, templates.length, name);
            assertEquals("qaf.render.pdf.ReportTemplates.styles(\"reports/qaf-styles.jrtx\")",
                    templates[0].getSourceExpression().getText(), name);
        }
        JRTemplate styles = ReportTemplates.styles("reports/qaf-styles.jrtx");
        assertSame(styles, ReportTemplates.styles("reports/qaf-styles.jrtx"), "parsed once, then shared");
        assertTrue(java.util.Arrays.stream(styles.getStyles()).map(JRStyle::getName).anyMatch("TableCell"::equals),
                "the house styles, read from the file");
        assertThrows(IllegalArgumentException.class, () -> ReportTemplates.styles("../../etc/passwd"));
    }
}
