package qaf.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRReportTemplate;
import net.sf.jasperreports.engine.JRVariable;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignParameter;
import net.sf.jasperreports.engine.design.JRDesignReportTemplate;
import net.sf.jasperreports.engine.design.JRDesignVariable;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * Compiles {@code report-templates/*.jrxml} into {@code .jasper} files at BUILD time (Maven
 * {@code process-classes}, via exec-maven-plugin), so that the application never compiles a template
 * and only ever loads the compiled reports its own build produced (a {@code .jasper} is Java-serialised).
 *
 * <p>Templates with the report property {@code qaf.furniture=standard} receive the page header and
 * footer of {@value #FURNITURE}, scaled to their column width, and the parameters and variable those
 * bands use. Style templates ({@code *.jrtx}) are copied beside the compiled reports, and each
 * template's location becomes a call to {@link ReportTemplates#styles}, so a run parses a style
 * template once instead of once per document ({@link #readStylesOnce}).
 *
 * <p>Usage: {@code TemplateCompiler <source dir> <output dir>}.
 */
public final class TemplateCompiler {
    static final String FURNITURE = "page-furniture.jrxml";
    static final String FURNITURE_PROPERTY = "qaf.furniture";

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TemplateCompiler <source dir> <output dir>");
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        JasperDesign furniture = load(source.resolve(FURNITURE));
        for (Path file : list(source)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".jrtx")) {
                Files.copy(file, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            } else if (name.endsWith(".jrxml") && !name.equals(FURNITURE)) {
                JasperDesign design = load(file);
                String stem = name.substring(0, name.length() - ".jrxml".length());
                if (BlockTemplates.isBlockTemplate(design)) {
                    JasperDesign landscape = BlockTemplates.landscape(design, load(file), furniture);
                    BlockTemplates.expandTables(landscape);
                    compile(landscape, furniture, name, target.resolve(stem + BlockTemplates.LANDSCAPE_SUFFIX + ".jasper"));
                    BlockTemplates.expandTables(design);
                }
                compile(design, furniture, name, target.resolve(stem + ".jasper"));
            }
        }
    }

    private static void compile(JasperDesign design, JasperDesign furniture, String name, Path jasper)
            throws JRException {
        String furnitureKind = design.getPropertiesMap().getProperty(FURNITURE_PROPERTY);
        if ("standard".equals(furnitureKind)) {
            addFurniture(design, furniture);
        } else if (furnitureKind != null) {
            throw new IllegalArgumentException(name + ": unknown " + FURNITURE_PROPERTY + " '"
                    + furnitureKind + "' (use \"standard\" or leave the property out)");
        }
        readStylesOnce(design, name);
        JasperCompileManager.compileReportToFile(design, jasper.toString());
    }

    /**
     * Turns each style template's location ({@code "reports/qaf-styles.jrtx"}) into
     * {@code ReportTemplates.styles("reports/qaf-styles.jrtx")}: the same template, parsed once per run.
     * The JRXML keeps the plain location, so a report designer still opens it.
     */
    static void readStylesOnce(JasperDesign design, String name) {
        for (JRReportTemplate template : design.getTemplatesList()) {
            String location = template.getSourceExpression() == null ? ""
                    : template.getSourceExpression().getText().trim();
            if (!location.matches("\"" + ReportTemplates.STYLE_LOCATION + "\"")) {
                throw new IllegalArgumentException(name + ": a style template is named by its location in"
                        + " quotes, e.g. \"reports/qaf-styles.jrtx\"");
            }
            ((JRDesignReportTemplate) template).setSourceExpression(
                    new JRDesignExpression(ReportTemplates.class.getName() + ".styles(" + location + ")"));
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            // Sorted so the build does the same work in the same order everywhere.
            return files.sorted().toList();
        }
    }

    private static JasperDesign load(Path file) throws IOException, JRException {
        try (InputStream in = Files.newInputStream(file)) {
            return JRXmlLoader.load(in);
        }
    }

    /** Copies the shared page header and footer into {@code design}, scaled to its column width. */
    static void addFurniture(JasperDesign design, JasperDesign furniture) throws JRException {
        if (design.getPageHeader() != null || design.getPageFooter() != null) {
            throw new IllegalArgumentException(design.getName() + " asks for the standard page furniture but"
                    + " has its own page header or footer: remove them or the " + FURNITURE_PROPERTY
                    + " property");
        }
        double scale = (double) design.getColumnWidth() / furniture.getColumnWidth();
        design.setPageHeader(scaled(furniture.getPageHeader(), scale));
        design.setPageFooter(scaled(furniture.getPageFooter(), scale));
        for (JRParameter parameter : furniture.getParameters()) {
            if (!parameter.isSystemDefined() && !design.getParametersMap().containsKey(parameter.getName())) {
                design.addParameter((JRDesignParameter) parameter.clone());
            }
        }
        for (JRVariable variable : furniture.getVariables()) {
            if (!variable.isSystemDefined() && !design.getVariablesMap().containsKey(variable.getName())) {
                design.addVariable((JRDesignVariable) variable.clone());
            }
        }
    }

    private static JRDesignBand scaled(JRBand band, double scale) {
        JRDesignBand copy = (JRDesignBand) band.clone();
        List<JRElement> elements = new ArrayList<>(List.of(copy.getElements()));
        for (JRElement element : elements) {
            JRDesignElement e = (JRDesignElement) element;
            int left = (int) Math.round(e.getX() * scale);
            int right = (int) Math.round((e.getX() + e.getWidth()) * scale);
            e.setX(left);
            e.setWidth(right - left);
        }
        return copy;
    }
}
