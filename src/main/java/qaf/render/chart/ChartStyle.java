package qaf.render.chart;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import qaf.document.Tone;
import qaf.render.Palette;

/**
 * How charts look: fonts, sizes and the colours without meaning, from
 * {@code report-templates/chart-style.properties}, and the meaning colours from the {@link Palette}.
 * Fonts are loaded from qaf's own class path, never from the machine: the same drawing everywhere.
 */
public record ChartStyle(Font regular, Font bold, float textSize, float smallSize, float valueSize, Color text,
        Color grid, Color band, Color border, Color outline, Color background, Palette palette) {
    static final String RESOURCE = "/templates/chart-style.properties";
    private static final ChartStyle BUNDLED = load();

    public static ChartStyle bundled() {
        return BUNDLED;
    }

    public Color tone(Tone tone) {
        return palette.color(tone);
    }

    public Font regular(float size) {
        return regular.deriveFont(size);
    }

    public Font bold(float size) {
        return bold.deriveFont(size);
    }

    private static ChartStyle load() {
        Properties p = new Properties();
        try (InputStream in = ChartStyle.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: build with mvn package");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ChartStyle(font(p, "font.regular"), font(p, "font.bold"), size(p, "size.text"),
                size(p, "size.small"), size(p, "size.value"), colour(p, "colour.text"), colour(p, "colour.grid"),
                colour(p, "colour.band"), colour(p, "colour.border"), colour(p, "colour.outline"),
                colour(p, "colour.background"), Palette.bundled());
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("report-templates/chart-style.properties: " + key + " is missing");
        }
        return value.strip();
    }

    private static float size(Properties p, String key) {
        try {
            return Float.parseFloat(required(p, key));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("report-templates/chart-style.properties: " + key
                    + " must be a size in points, e.g. 9", e);
        }
    }

    private static Color colour(Properties p, String key) {
        String value = required(p, key);
        if (!value.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalStateException("report-templates/chart-style.properties: " + key
                    + " must be a colour written #RRGGBB");
        }
        return new Color(Integer.parseInt(value.substring(1), 16));
    }

    private static Font font(Properties p, String key) {
        String resource = required(p, key);
        if (ChartStyle.class.getResource(resource) == null) {
            throw new IllegalStateException("report-templates/chart-style.properties: " + key + " names "
                    + resource + ", which is not on qaf's class path");
        }
        // Opened from qaf's private font folder: no temporary copy in the shared temp folder.
        return qaf.render.FontFiles.awt(resource);
    }
}
