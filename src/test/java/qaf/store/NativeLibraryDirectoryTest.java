package qaf.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

/** The kept copy of the SQLite driver's native library: the jar's bytes, repaired when they are not. */
class NativeLibraryDirectoryTest {
    @TempDir
    Path dir;

    private static byte[] jarBytes() throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = LibraryLoaderUtil.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theCopyIsTheJarsLibraryAndADamagedCopyIsReplaced() throws IOException {
        Path copy = NativeLibraryDirectory.copy(dir).orElseThrow();
        assertArrayEquals(jarBytes(), Files.readAllBytes(copy));
        assertEquals(List.of(copy.getFileName().toString()), files(), "no part left behind");

        byte[] damaged = Files.readAllBytes(copy);
        damaged[damaged.length / 2] ^= 0x5a;
        Files.write(copy, damaged);
        assertEquals(copy, NativeLibraryDirectory.copy(dir).orElseThrow());
        assertArrayEquals(jarBytes(), Files.readAllBytes(copy), "a damaged copy must be extracted again");

        Files.write(copy, new byte[] {1, 2, 3});
        NativeLibraryDirectory.copy(dir);
        assertArrayEquals(jarBytes(), Files.readAllBytes(copy), "a short copy must be extracted again");
        assertEquals(List.of(copy.getFileName().toString()), files());
    }

    @Test
    void theCopysNameKeepsClearOfTheDriversOwnCleanUp() {
        // The driver deletes sqlite-* files in its folder; the platform's suffix stays.
        assertEquals("qaf-sqlitejdbc-0badf00d-1107584.so",
                NativeLibraryDirectory.libraryName(0x0badf00dL, 1_107_584, "libsqlitejdbc.so"));
    }
}
