package qaf.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.cli.Main;
import qaf.testing.SmallDataset;

/**
 * A whole build (every kind, PDF with charts and shaped scripts, DOCX) writes nothing into the
 * system temp folder: fonts are opened from qaf's private folder and work files live under
 * {@code <home>/.qaf}. The child JVM gets an empty temp folder of its own, watched while it runs:
 * Java deletes its font copies at a clean exit, but a killed build (the case that matters) cannot.
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
        Set<String> seen = new TreeSet<>();
        run(tmp, home, seen, "ingest", dataset.toString(), "--db", db.toString());
        run(tmp, home, seen, "build", "--db", db.toString(), "--out", dir.resolve("out").toString(), "--quiet");

        assertEquals(Set.of(), seen, "made in the system temp folder by ingest or build");
        assertTrue(Files.isDirectory(home.resolve(".qaf").resolve("fonts")), "fonts are extracted under .qaf/fonts");
        try (Stream<Path> work = Files.list(home.resolve(".qaf").resolve("work"))) {
            assertEquals(0, work.count(), "PDF work folders are deleted after each document");
        }
    }

    private void run(Path tmp, Path home, Set<String> seen, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + tmp,
                "-Duser.language=en", "-Duser.country=GB", "-Duser.timezone=Europe/London",
                "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true", "-Dqaf.home=" + home,
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path log = dir.resolve(args[0] + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        do {
            try (Stream<Path> files = Files.walk(tmp)) {
                files.filter(f -> !f.equals(tmp)).forEach(f -> seen.add(tmp.relativize(f).toString()));
            } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
                // A file vanished while listed: it existed, the next listing may still catch its name.
            }
        } while (!p.waitFor(50, TimeUnit.MILLISECONDS) && System.nanoTime() < deadline);
        assertTrue(!p.isAlive(), "qaf " + args[0] + " did not finish");
        assertEquals(0, p.exitValue(), "qaf " + args[0] + " failed:\n" + Files.readString(log));
    }
}
