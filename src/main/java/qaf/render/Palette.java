package qaf.render;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import qaf.document.Tone;

/**
 * The colour of each {@link Tone}, from {@code report-templates/palette.properties} (bundled into the
 * application at {@code /templates/palette.properties}): the one place colours with a meaning are
 * chosen, read by the PDF renderer, the DOCX renderer and the charts alike.
 */
public final class Palette {
    static final String RESOURCE = "/templates/palette.properties";
    private static final Palette BUNDLED = load();

    private final Map<Tone, String> hex;

    private Palette(Map<Tone, String> hex) {
        this.hex = hex;
    }

    /** The palette qaf was built with. */
    public static Palette bundled() {
        return BUNDLED;
    }

    /** Reads a palette; every tone must have a {@code #RRGGBB} colour, and no unknown key may appear. */
    public static Palette read(Properties p, String source) {
        Map<Tone, String> hex = new EnumMap<>(Tone.class);
        for (String key : p.stringPropertyNames()) {
            Tone tone = null;
            for (Tone t : Tone.values()) {
                if (t.id().equals(key)) {
                    tone = t;
                }
            }
            if (tone == null) {
                throw new IllegalStateException(source + ": unknown tone '" + key + "'; the tones are "
                        + java.util.Arrays.stream(Tone.values()).map(Tone::id).toList());
            }
            String value = p.getProperty(key).strip();
            if (!value.matches("#[0-9A-Fa-f]{6}")) {
                throw new IllegalStateException(source + ": " + key + " must be a colour written #RRGGBB");
            }
            hex.put(tone, value.substring(1).toUpperCase(java.util.Locale.ROOT));
        }
        for (Tone t : Tone.values()) {
            if (!hex.containsKey(t)) {
                throw new IllegalStateException(source + ": no colour for tone '" + t.id() + "'");
            }
        }
        return new Palette(hex);
    }

    private static Palette load() {
        try (InputStream in = Palette.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: build with mvn package (report-templates/"
                        + "palette.properties is bundled into the application)");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return read(p, "report-templates/palette.properties");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code RRGGBB}, upper case, no '#'. */
    public String hex(Tone tone) {
        return hex.get(tone);
    }

    public Color color(Tone tone) {
        return new Color(Integer.parseInt(hex.get(tone), 16));
    }
}
