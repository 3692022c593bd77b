package qaf.render.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts charts are drawn with, loaded from the DejaVu files that the JasperReports font
 * extension ships, never from the machine: the same drawing on every machine, with the same glyph
 * coverage as the PDF text.
 */
final class ChartFonts {
    private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";
    static final Font REGULAR = load("DejaVuSans.ttf");
    static final Font BOLD = load("DejaVuSans-Bold.ttf");

    private ChartFonts() {
    }

    private static Font load(String file) {
        try (InputStream in = ChartFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the classpath"
                        + " (jasperreports-fonts must be a runtime dependency)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + file + " cannot be read", e);
        }
    }
}
