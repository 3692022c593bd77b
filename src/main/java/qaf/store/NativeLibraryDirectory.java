package qaf.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc extracts its native library before loading it. In a shared temp folder another user
 * could swap the file between extraction and load, so it goes to a folder only the owner can write.
 * The driver reads {@code org.sqlite.tmpdir} when it first opens a connection, so this must run
 * before that.
 *
 * <p>Left to itself the driver extracts the library again in every run, under a new name, and
 * checks the copy by digesting it and the jar's entry: about 90 ms of a 0.8 s nightly no-op. So qaf
 * keeps one copy in the same folder, named by the jar entry's CRC and size, checks it against that
 * CRC (a millisecond) and points the driver at it ({@code org.sqlite.lib.path}, {@code .name}). A
 * missing or different copy is extracted again, under a temporary name and then moved into place,
 * so a run never loads a part of one; if anything about this fails, the driver extracts as before.
 * Copies of earlier driver versions stay (a megabyte each; a still-running older qaf may need its own).
 */
final class NativeLibraryDirectory {
    static final String PROPERTY = "org.sqlite.tmpdir";
    static final String LIB_PATH = "org.sqlite.lib.path";
    static final String LIB_NAME = "org.sqlite.lib.name";
    private static final String LIBRARY = "libsqlitejdbc.so";
    private static boolean kept;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private NativeLibraryDirectory() {
    }

    static void prepare(Path dir) {
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                // An existing folder may have been created with looser rights (umask, an older version).
                Files.setPosixFilePermissions(dir, OWNER_ONLY);
            } else {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the private native-library folder " + dir, e);
        }
        // The first caller decides: the driver loads its library once per JVM.
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, dir.toAbsolutePath().toString());
        }
        keepCopy(dir);
    }

    /** Points the driver at qaf's kept copy of its library in {@code dir}, once per JVM (see above). */
    private static synchronized void keepCopy(Path dir) {
        if (kept || System.getProperty(LIB_PATH) != null || System.getProperty(LIB_NAME) != null) {
            return;
        }
        kept = true;
        try {
            copy(dir).ifPresent(copy -> {
                System.setProperty(LIB_PATH, dir.toAbsolutePath().toString());
                System.setProperty(LIB_NAME, copy.getFileName().toString());
            });
        } catch (IOException | RuntimeException e) {
            // An optimisation only: the driver's own extraction still works.
        }
    }

    /**
     * The kept copy of the driver's library for this platform in {@code dir}, extracted (again) when
     * missing or not the jar's bytes; empty when the library is not in a jar qaf can read.
     */
    static Optional<Path> copy(Path dir) throws IOException {
        Optional<String> resource = resource();
        URL url = resource.isEmpty() ? null : LibraryLoaderUtil.class.getResource(resource.get());
        if (url == null) {
            return Optional.empty();
        }
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return Optional.empty();
        }
        ZipEntry entry = jar.getJarEntry();
        if (entry.getCrc() < 0 || entry.getSize() < 0) {
            return Optional.empty();
        }
        Path copy = dir.resolve(libraryName(entry.getCrc(), entry.getSize(), LIBRARY));
        if (matches(copy, entry.getCrc(), entry.getSize())) {
            return Optional.of(copy);
        }
        Path part = Files.createTempFile(dir, ".part-", ".so");
        try {
            try (InputStream in = jar.getInputStream(); OutputStream out = Files.newOutputStream(part)) {
                in.transferTo(out);
            }
            if (!matches(part, entry.getCrc(), entry.getSize())) {
                return Optional.empty();
            }
            Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(copy);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * Where the jar keeps the library for this machine — only for glibc Linux on x86-64, the machine
     * qaf's nightly runs on, named without asking the driver: its own lookup
     * ({@code LibraryLoaderUtil.getNativeLibResourcePath}) starts a {@code uname -o} process to rule out
     * Android, which costs as much as the extraction saved. Elsewhere empty, and the driver extracts.
     */
    private static Optional<String> resource() {
        String os = System.getProperty("os.name", "");
        String arch = System.getProperty("os.arch", "");
        boolean musl = Files.exists(Path.of("/lib/ld-musl-x86_64.so.1"));
        if (!os.equals("Linux") || !(arch.equals("amd64") || arch.equals("x86_64")) || musl) {
            return Optional.empty();
        }
        return Optional.of("/org/sqlite/native/Linux/x86_64/" + LIBRARY);
    }

    /**
     * Not starting with {@code sqlite-}: the driver deletes files of that prefix it left in this
     * folder. The suffix is kept so the platform's loader sees a library.
     */
    static String libraryName(long crc, long size, String libraryFile) {
        int dot = libraryFile.lastIndexOf('.');
        String suffix = dot < 0 ? "" : libraryFile.substring(dot);
        return String.format(Locale.ROOT, "qaf-sqlitejdbc-%08x-%d%s", crc, size, suffix);
    }

    private static boolean matches(Path file, long crc, long size) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != size) {
            return false;
        }
        CRC32 check = new CRC32();
        check.update(Files.readAllBytes(file));
        return check.getValue() == crc;
    }
}
