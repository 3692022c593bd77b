package qaf.render.pdf;

import java.awt.Font;
import java.util.List;

/**
 * The fonts every qaf PDF is set in, and the one place they are loaded from. "qaf Sans" is DejaVu
 * Sans (Latin, Greek, Cyrillic: Polish, Irish and accented names) with a fallback family for each
 * script it cannot draw: Noto Sans Arabic (Arabic and Urdu), Noto Sans Bengali and Noto Emoji
 * (monochrome: PDF/A has no colour glyphs). The Noto fonts are bundled under {@code qaf/fonts/} with
 * their SIL Open Font License texts; DejaVu comes from {@code jasperreports-fonts}.
 *
 * <p>Faces are opened by {@link qaf.render.FontFiles}: from qaf's private folder, never through a
 * temporary copy in the shared temp folder.
 */
public final class HouseFonts {
    /** The font set the templates name (report-templates/qaf-styles.jrtx). */
    public static final String SET = "qaf Sans";

    /** One family: its name in JasperReports, its faces as class-path resources (bold may be null). */
    public record Family(String name, String normal, String bold, String italic, String boldItalic,
            List<String> scripts) {
        /** Every face this family has, normal first. */
        public List<String> faces() {
            return java.util.stream.Stream.of(normal, bold, italic, boldItalic)
                    .filter(java.util.Objects::nonNull).toList();
        }
    }

    private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";
    private static final String NOTO = "qaf/fonts/";

    /**
     * The primary family first, then the fallbacks in the order JasperReports tries them. Names are
     * the fonts' own family names: the glyph renderer (shaped scripts) finds the PDF font by the AWT
     * font's family. "DejaVu Sans" is registered here only: jasperreports-fonts' own list is
     * shadowed by an empty one (src/main/resources/net/sf/jasperreports/fonts/dejavu).
     */
    public static final List<Family> FAMILIES = List.of(
            new Family("DejaVu Sans", DEJAVU + "DejaVuSans.ttf", DEJAVU + "DejaVuSans-Bold.ttf",
                    DEJAVU + "DejaVuSans-Oblique.ttf", DEJAVU + "DejaVuSans-BoldOblique.ttf", List.of()),
            new Family("Noto Sans Arabic", NOTO + "NotoSansArabic-Regular.ttf", NOTO + "NotoSansArabic-Bold.ttf",
                    null, null, List.of("Arabic")),
            new Family("Noto Sans Bengali", NOTO + "NotoSansBengali-Regular.ttf",
                    NOTO + "NotoSansBengali-Bold.ttf", null, null, List.of("Bengali")),
            // No script filter: emoji are "Common" script; it serves what the families before it lack.
            new Family("Noto Emoji", NOTO + "NotoEmoji-Regular.ttf", null, null, null, List.of()));

    private HouseFonts() {
    }

    /** The AWT font of a face resource, loaded once per JVM without a temporary file. */
    public static Font awt(String resource) {
        return qaf.render.FontFiles.awt(resource);
    }
}
