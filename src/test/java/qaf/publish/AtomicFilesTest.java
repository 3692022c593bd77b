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

    @Test
    void sweepDeletesOnlyTheTemporariesAKilledBuildLeft() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("2018-19/chronology/E1_C1.data"));
        Path kept = nested.resolve("entries.csv");
        Files.writeString(kept, "x", StandardCharsets.UTF_8);
        Path visibleLookalike = dir.resolve("notes.qaf-tmp-1-0");
        Files.writeString(visibleLookalike, "a user's file, not hidden", StandardCharsets.UTF_8);
        Files.writeString(nested.resolve(".entries.csv.qaf-tmp-4242-0"), "half", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(".manifest.json.qaf-tmp-4242-3"), "{\"tool\"", StandardCharsets.UTF_8);

        assertEquals(2, AtomicFiles.sweep(dir));

        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(java.util.List.of(kept, visibleLookalike),
                    files.filter(Files::isRegularFile).sorted().toList());
        }
        assertEquals(0, AtomicFiles.sweep(dir.resolve("no-such-folder")));
    }
}
