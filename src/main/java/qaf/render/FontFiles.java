package qaf.render;

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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import qaf.app.AppPaths;

/**
 * Opens fonts from qaf's class path without temporary files. Java's
 * {@code Font.createFont(int, InputStream)} copies each font into the shared temp folder and deletes
 * it only at a clean exit, so a killed build left megabytes behind. Here each font is copied once, by
 * content hash, into qaf's private folder {@code <home>/.qaf/fonts} and opened with
 * {@code Font.createFont(int, File)}, which makes no copy; later runs reuse the same file.
 */
public final class FontFiles {
    private static final Map<String, Font> LOADED = new ConcurrentHashMap<>();

    private FontFiles() {
    }

    /** The font of a class-path resource ({@code a/b/c.ttf}, a leading slash allowed), once per JVM. */
    public static Font awt(String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        return LOADED.computeIfAbsent(name, FontFiles::load);
    }

    /** Where extracted fonts live: {@code <qaf home>/.qaf/fonts}, owner-only. */
    public static Path folder() {
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
        try (InputStream in = FontFiles.class.getClassLoader().getResourceAsStream(resource)) {
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
        // Written beside the target and moved into place: a killed run leaves no half-written font
        // under the final name (a leftover .part is replaced next time, being never read).
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
