package qaf.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * sqlite-jdbc extracts its native library before loading it. In a shared temp folder another user
 * could swap the file between extraction and load, so it goes to a folder only the owner can write.
 * The driver reads {@code org.sqlite.tmpdir} when it first opens a connection, so this must run
 * before that.
 */
final class NativeLibraryDirectory {
    static final String PROPERTY = "org.sqlite.tmpdir";
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
    }
}
