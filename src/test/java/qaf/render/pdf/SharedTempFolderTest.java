package qaf.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.cli.Main;
import qaf.testing.SmallDataset;

/**
 * A whole build (every kind, PDF with charts and shaped scripts, DOCX) writes nothing into the
 * system temp folder: fonts are opened from qaf's private folder and work files live under
 * {@code <home>/.qaf}. The child JVM gets an empty temp folder of its own, so anything there after
 * the build was made by it.
 */
class SharedTempFolderTest {
    @TempDir
    Path dir;

    @Test
    void aBuildLeavesNothingInTheSystemTempFolder() throws IOException, InterruptedException {
        Path tmp = Files.createDirectories(dir.resolve("system-tmp"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Path db = dir.resolve("qaf.db");
        Path dataset = SmallDataset.write(dir.resolve("dataset"));
        run(tmp, home, "ingest", dataset.toString(), "--db", db.toString());
        run(tmp, home, "build", "--db", db.toString(), "--out", dir.resolve("out").toString(), "--quiet");

        try (Stream<Path> left = Files.walk(tmp)) {
            List<String> files = left.filter(p -> !p.equals(tmp)).map(p -> tmp.relativize(p).toString()).toList();
            assertEquals(List.of(), files, "left in the system temp folder by a build");
        }
        assertTrue(Files.isDirectory(home.resolve(".qaf").resolve("fonts")), "fonts are extracted under .qaf/fonts");
        try (Stream<Path> work = Files.list(home.resolve(".qaf").resolve("work"))) {
            assertEquals(0, work.count(), "PDF work folders are deleted after each document");
        }
    }

    private void run(Path tmp, Path home, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + tmp,
                "-Duser.language=en", "-Duser.country=GB", "-Duser.timezone=Europe/London",
                "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true", "-Dqaf.home=" + home,
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path log = dir.resolve(args[0] + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "qaf " + args[0] + " did not finish");
        assertEquals(0, p.exitValue(), "qaf " + args[0] + " failed:\n" + Files.readString(log));
    }
}
