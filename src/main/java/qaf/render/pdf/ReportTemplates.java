package qaf.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;

/**
 * Loads the reports compiled by {@link TemplateCompiler} at build time from the application's own
 * classpath ({@code /reports/<name>.jasper}). Never from a file path: a {@code .jasper} file is
 * Java-serialised, so loading one from elsewhere would run whatever it contains.
 *
 * <p>Each is read once per run and shared: deserialising a report for every document was a tenth of
 * a full build's CPU. A compiled report is never changed by filling it (the filler copies what it
 * fills), and JasperReports fills one report on several threads at once.
 */
public final class ReportTemplates {
    private static final Map<String, JasperReport> LOADED = new ConcurrentHashMap<>();
    private static final Map<String, JRTemplate> STYLES = new ConcurrentHashMap<>();
    /** Where a style template may be: on qaf's classpath under {@code reports/}, named in kebab words. */
    static final String STYLE_LOCATION = "reports/[a-z0-9][a-z0-9-]*\\.jrtx";

    private ReportTemplates() {
    }

    /** The compiled report of {@code report-templates/<name>.jrxml}. */
    public static JasperReport load(String name) {
        return LOADED.computeIfAbsent(name, ReportTemplates::read);
    }

    /**
     * The style template at {@code location} on the application's classpath ({@code reports/<name>.jrtx}),
     * parsed on first use and shared, exactly as JasperReports would have parsed it for each fill.
     * Called by the compiled reports' template expressions.
     */
    public static JRTemplate styles(String location) {
        return STYLES.computeIfAbsent(location, ReportTemplates::readStyles);
    }

    private static JRTemplate readStyles(String location) {
        if (!location.matches(STYLE_LOCATION)) {
            throw new IllegalArgumentException("style template must be reports/<lower-case kebab words>.jrtx: "
                    + location);
        }
        try {
            return JRXmlTemplateLoader.getInstance(DefaultJasperReportsContext.getInstance()).loadTemplate(location);
        } catch (JRException e) {
            throw new IllegalStateException("style template " + location + " cannot be read: rebuild", e);
        }
    }

    private static JasperReport read(String name) {
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("report name must be lower-case kebab words: " + name);
        }
        String resource = "/reports/" + name + ".jasper";
        try (InputStream in = ReportTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("compiled report " + resource + " is missing: build with"
                        + " mvn package (TemplateCompiler compiles report-templates/ at process-classes)");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("compiled report " + resource + " cannot be read: rebuild", e);
        }
    }
}
