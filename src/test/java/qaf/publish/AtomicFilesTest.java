package qaf.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesThePreviousFileAndNoTemporary() throws IOException {
        Path target = dir.resolve("a.pdf");
        AtomicFiles.write(target, false, "old".getBytes(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> AtomicFiles.write(target, false, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("renderer failed");
        }));
        assertArrayEquals("old".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void caseFilesAreOwnerOnlyAndOthersReadable() throws IOException {
        Path secret = dir.resolve("case.pdf");
        Path board = dir.resolve("board.pdf");
        AtomicFiles.write(secret, true, new byte[] {1});
        AtomicFiles.write(board, false, new byte[] {1});
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(board)));
    }

    @Test
    void aWriterThatClosesTheStreamStillPublishes() throws IOException {
        Path target = dir.resolve("b.docx");
        AtomicFiles.write(target, false, out -> {
            out.write(42);
            out.close();
        });
        assertArrayEquals(new byte[] {42}, Files.readAllBytes(target));
    }
}
