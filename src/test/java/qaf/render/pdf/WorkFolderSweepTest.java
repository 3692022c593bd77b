package qaf.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A killed build's PDF work folders hold raw case documents: the next build deletes them, and only them. */
class WorkFolderSweepTest {
    @TempDir
    Path tmp;

    @Test
    void foldersOfEndedProcessesGoAndThoseOfLiveOnesStay() throws IOException, InterruptedException {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path leftover = Files.createDirectories(tmp.resolve("qaf-pdf-" + ended.pid() + "-123"));
        Files.writeString(leftover.resolve("exported.pdf"), "%PDF raw");
        Path live = Files.createDirectories(tmp.resolve("qaf-pdf-" + ProcessHandle.current().pid() + "-456"));
        Path other = Files.createDirectories(tmp.resolve("qaf-pdf-notapid"));

        assertEquals(1, JasperPdf.sweepLeftovers(tmp));

        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(live));
        assertTrue(Files.exists(other));
    }
}
