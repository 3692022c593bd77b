package qaf.render.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import qaf.app.AppPaths;

/**
 * The fonts every qaf PDF is set in, and the one place they are loaded from. "qaf Sans" is DejaVu
 * Sans (Latin, Greek, Cyrillic: Polish, Irish and accented names) with a fallback family for each
 * script it cannot draw: Noto Sans Arabic (Arabic and Urdu), Noto Sans Bengali and Noto Emoji
 * (monochrome: PDF/A has no colour glyphs). The Noto fonts are bundled under {@code qaf/fonts/} with
 * their SIL Open Font License texts; DejaVu comes from {@code jasperreports-fonts}.
 *
 * <p>Java's {@code Font.createFont(InputStream)} copies each font to a temporary file in the shared
 * temp folder, which a killed build leaves behind (megabytes per build). Here each font is copied
 * once, by content hash, into qaf's private folder {@code .qaf/fonts} and opened from there with
 * {@code Font.createFont(int, File)}, which makes no copy: later builds reuse the same files.
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
     * font's family. "DejaVu Sans" is also registered by jasperreports-fonts; qaf's extension comes
     * first on the class path, so this one (no temporary files) is the one found.
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

    private static final Map<String, Font> LOADED = new ConcurrentHashMap<>();

    private HouseFonts() {
    }

    /** The AWT font of a face resource, loaded once per JVM without a temporary file. */
    public static Font awt(String resource) {
        return LOADED.computeIfAbsent(resource, HouseFonts::load);
    }

    /** Where extracted fonts live: {@code <qaf home>/.qaf/fonts}, owner-only. */
    static Path folder() {
        return AppPaths.fromSystem().home().resolve(".qaf").resolve("fonts");
    }

    private static Font load(String resource) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, extracted(resource, folder()).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract font " + resource + " into " + folder(), e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + resource + " is not a TrueType font", e);
        }
    }

    /** The resource copied into {@code dir} under a name that includes its hash: same bytes, same file. */
    static Path extracted(String resource, Path dir) throws IOException {
        byte[] bytes;
        try (InputStream in = HouseFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on qaf's class path"
                        + " (qaf/fonts is in the jar; DejaVu needs net.sf.jasperreports:jasperreports-fonts)");
            }
            bytes = in.readAllBytes();
        }
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        Path target = dir.resolve(sha256(bytes).substring(0, 16) + "-" + file);
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
            return target;
        }
        createPrivate(dir);
        // Written beside the target and moved into place: a killed run leaves no half-written font.
        Path part = Files.createTempFile(dir, "." + file, ".part");
        try {
            Files.write(part, bytes);
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
        return target;
    }

    private static void createPrivate(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
