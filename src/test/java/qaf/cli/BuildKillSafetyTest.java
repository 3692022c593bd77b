package qaf.cli;

import qaf.app.ExitCode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.publish.AtomicFiles;
import qaf.publish.BuildReport;
import qaf.publish.Manifest;
import qaf.publish.OutputLock;
import qaf.testing.ChildJvm;
import qaf.testing.SmallDataset;

/**
 * Builds killed with SIGKILL at random points, as by the OOM killer or a power cut: the output folder
 * never holds a partial file under a final name, the manifest there stays valid, and the next build
 * repairs everything. The data is the same on every run, so every complete file must be exactly the
 * one the first build's manifest lists.
 */
class BuildKillSafetyTest {
    private static final int KILLS = 4;

    @TempDir
    Path dir;

    private Path db;
    private Path out;

    @Test
    void aBuildKilledAtRandomPointsLeavesNoBrokenFileAndTheNextBuildRepairsEverything()
            throws IOException, InterruptedException {
        db = dir.resolve("qaf.db");
        out = dir.resolve("out");
        StringWriter err = new StringWriter();
        assertEquals(ExitCode.OK, Main.run(new String[] {"ingest", SmallDataset.write(dir.resolve("dataset")).toString(),
                "--db", db.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());

        Process first = startBuild("first");
        int documents = awaitBuilding(first, "first").documents();
        assertEquals(ExitCode.OK, first.waitFor(), stderr("first"));
        byte[] manifest = Files.readAllBytes(out.resolve(Manifest.FILE_NAME));
        assertConsistent(manifest, "after the first build");

        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < KILLS; i++) {
            String run = "kill" + i;
            // --full: the data is unchanged, and an incremental build would only check files.
            Process build = startBuild(run, "--full");
            Child child = awaitBuilding(build, run);
            // Placed by the build's own progress, so the kills spread over it however fast the machine
            // is; the extra pause lands them between document lines, mid-render or mid-write.
            int after = random.nextInt(documents);
            for (int line = 0; line < after; line++) {
                child.lines().readLine();
            }
            long pause = random.nextInt(200);
            Thread.sleep(pause);
            build.destroyForcibly();
            build.waitFor();
            assertConsistent(manifest, run + ": killed " + pause + " ms after document " + after + " of "
                    + documents + " (seed " + seed + ")");
        }

        // Whatever the kills left, plus one temporary planted where a document is written.
        Path planted = out.resolve("2018-19/chronology/.E1_C1.pdf.qaf-tmp-999999-0");
        Files.writeString(planted, "%PDF-1.7 half a file", StandardCharsets.US_ASCII);
        Process repair = startBuild("repair");
        awaitBuilding(repair, "repair");
        assertEquals(ExitCode.OK, repair.waitFor(), stderr("repair"));
        assertArrayEquals(manifest, Files.readAllBytes(out.resolve(Manifest.FILE_NAME)));
        assertConsistent(manifest, "after the repairing build");
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(List.of(), files.filter(AtomicFiles::isTemporary).toList(), "leftovers not swept");
        }
        assertEquals(List.of(), Files.list(out).filter(p -> p.getFileName().toString().equals(OutputLock.HOLDER_FILE))
                .toList(), "a finished build leaves no holder record");
    }

    /**
     * After the data changed, incremental builds killed at random points: until a new manifest replaces
     * it the old one stays in place, every final name holds either the old build's file or the new
     * data's, and the next build leaves exactly what a full build of the new data writes elsewhere.
     */
    @Test
    void anIncrementalBuildKilledAfterADataChangeIsRepairedToWhatAFullBuildWrites()
            throws IOException, InterruptedException {
        db = dir.resolve("qaf.db");
        out = dir.resolve("out");
        main("ingest", SmallDataset.write(dir.resolve("dataset")).toString(), "--db", db.toString());
        main("build", "--db", db.toString(), "--out", out.toString(), "--quiet");
        byte[] before = Files.readAllBytes(out.resolve(Manifest.FILE_NAME));
        // The panel regrades one agency: the overview, that agency's feedback and the case's form change.
        Path change = Files.createDirectories(dir.resolve("change"));
        Files.writeString(change.resolve("agencies.csv"), Files.readString(dir.resolve("dataset/agencies.csv")));
        Files.writeString(change.resolve("agency_evaluations.csv"), "evaluation_ref,case_ref,agency_code,self_grade,"
                + "panel_grade,regrade_rationale\nE1,C3,KVP,outstanding,good,No return interview was offered\n");
        main("ingest", change.toString(), "--db", db.toString());
        Path expected = dir.resolve("expected");
        main("build", "--db", db.toString(), "--out", expected.toString(), "--quiet");
        byte[] after = Files.readAllBytes(expected.resolve(Manifest.FILE_NAME));

        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < KILLS; i++) {
            String run = "change-kill" + i;
            Process build = startBuild(run);
            Child child = awaitBuilding(build, run);
            int afterLine = random.nextInt(child.documents());
            for (int line = 0; line < afterLine; line++) {
                child.lines().readLine();
            }
            long pause = random.nextInt(100);
            Thread.sleep(pause);
            build.destroyForcibly();
            build.waitFor();
            assertOldOrNew(before, after, run + ": killed " + pause + " ms after document " + afterLine + " (seed "
                    + seed + ")");
        }

        Process repair = startBuild("change-repair");
        awaitBuilding(repair, "change-repair");
        assertEquals(ExitCode.OK, repair.waitFor(), stderr("change-repair"));
        assertArrayEquals(after, Files.readAllBytes(out.resolve(Manifest.FILE_NAME)));
        assertConsistent(after, "after the repairing build");
    }

    /** Runs qaf in this JVM; it must succeed. */
    private static void main(String... args) {
        StringWriter err = new StringWriter();
        assertEquals(ExitCode.OK, Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
    }

    /** The manifest in place is the old or the new one, and every final name holds one of their files. */
    private void assertOldOrNew(byte[] before, byte[] after, String when) throws IOException {
        byte[] manifest = Files.readAllBytes(out.resolve(Manifest.FILE_NAME));
        assertTrue(java.util.Arrays.equals(manifest, before) || java.util.Arrays.equals(manifest, after),
                when + ": the manifest is neither the old nor the new one");
        Map<String, List<String>> allowed = new TreeMap<>();
        for (byte[] m : List.of(before, after)) {
            listed(m).forEach((path, sha) -> allowed.computeIfAbsent(path, k -> new ArrayList<>()).add(sha));
        }
        List<String> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(file).toString();
                if (AtomicFiles.isTemporary(file) || rel.equals(Manifest.FILE_NAME) || rel.equals(BuildReport.FILE_NAME)
                        || rel.equals(OutputLock.LOCK_FILE) || rel.equals(OutputLock.HOLDER_FILE)) {
                    continue;
                }
                if (rel.equals(qaf.frontpage.FrontPage.FILE_NAME)) {
                    wholePage(file, problems);
                } else if (!allowed.containsKey(rel)) {
                    problems.add("unexpected file " + rel);
                } else if (!allowed.get(rel).contains(sha256(Files.readAllBytes(file)))) {
                    problems.add("neither the old nor the new " + rel);
                }
            }
        }
        assertEquals(List.of(), problems, when);
    }

    /** path → sha256 of every document and data file a manifest lists. */
    private static Map<String, String> listed(byte[] manifest) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (JsonNode d : new ObjectMapper().readTree(manifest).get("documents")) {
            files.put(d.get("path").asText(), d.get("sha256").asText());
            for (JsonNode data : d.get("data")) {
                files.put(data.get("path").asText(), data.get("sha256").asText());
            }
        }
        return files;
    }

    private Process startBuild(String run, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("build", "--db", db.toString(), "--out", out.toString(), "--jobs", "2"));
        args.addAll(List.of(more));
        return ChildJvm.start(Main.class, dir, dir.resolve(run + ".err"), args.toArray(String[]::new));
    }

    /** A build's standard output after its first line, and the document count that line gave. */
    private record Child(BufferedReader lines, int documents) {
    }

    /** Waits for the child's first line, printed once it holds the lock and has swept. */
    private Child awaitBuilding(Process build, String run) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(build.getInputStream(), StandardCharsets.UTF_8));
        String line = lines.readLine();
        if (line == null || !line.matches("building \\d+ documents")) {
            fail(run + ": expected 'building N documents', got " + line + "\n" + stderr(run));
        }
        return new Child(lines, Integer.parseInt(line.split(" ")[1]));
    }

    private String stderr(String run) {
        try {
            return Files.readString(dir.resolve(run + ".err"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no stderr: " + e + ")";
        }
    }

    /**
     * The same data gives the same manifest, so the manifest in place must be the first one, byte for
     * byte, and every final name must hold exactly the bytes that manifest lists. The only other files
     * allowed are the report, the lock, its holder record, and hidden temporaries.
     */
    private void assertConsistent(byte[] manifest, String when) throws IOException {
        assertArrayEquals(manifest, Files.readAllBytes(out.resolve(Manifest.FILE_NAME)), when + ": manifest changed");
        JsonNode listed = new ObjectMapper().readTree(manifest);
        Map<String, String> expected = new TreeMap<>();
        for (JsonNode d : listed.get("documents")) {
            expected.put(d.get("path").asText(), d.get("sha256").asText());
            for (JsonNode data : d.get("data")) {
                expected.put(data.get("path").asText(), data.get("sha256").asText());
            }
        }
        assertTrue(expected.size() > 10, "too small a build to kill meaningfully: " + expected.size());
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Path file = out.resolve(e.getKey());
            if (!Files.isRegularFile(file)) {
                problems.add("missing " + e.getKey());
            } else if (!sha256(Files.readAllBytes(file)).equals(e.getValue())) {
                problems.add("corrupt " + e.getKey());
            }
        }
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(file).toString();
                if (expected.containsKey(rel) || AtomicFiles.isTemporary(file)
                        || rel.equals(Manifest.FILE_NAME) || rel.equals(OutputLock.LOCK_FILE)) {
                    continue;
                }
                if (rel.equals(BuildReport.FILE_NAME)) {
                    new ObjectMapper().readTree(file.toFile()).get("documents").size();
                } else if (rel.equals(qaf.frontpage.FrontPage.FILE_NAME)) {
                    wholePage(file, problems);
                } else if (rel.equals(".qaf-build-key")) {
                    wholeKey(file, problems);
                } else if (rel.equals(OutputLock.HOLDER_FILE)) {
                    String holder = Files.readString(file, StandardCharsets.UTF_8);
                    if (!holder.startsWith("pid=") || !holder.endsWith("\n")) {
                        problems.add("partial holder record: " + holder);
                    }
                } else {
                    problems.add("unexpected file " + rel);
                }
            }
        }
        assertEquals(List.of(), problems, when);
    }

    /**
     * The no-op's record, written atomically after the front page: its header and key first, and
     * last the prepared report, whole JSON listing one document per entry line — never a part.
     */
    private static void wholeKey(Path file, List<String> problems) throws IOException {
        String record = Files.readString(file, StandardCharsets.UTF_8);
        int split = record.indexOf("\nreport\n");
        if (!record.matches("(?s)qaf-build-key 2\nkey [0-9a-f]{64}\n.*") || split < 0) {
            problems.add("partial build key");
            return;
        }
        long entries = record.substring(0, split).lines().filter(l -> l.startsWith("entry ")).count();
        try {
            JsonNode report = new ObjectMapper().readTree(record.substring(split + "\nreport\n".length()));
            if (report == null || report.get("documents") == null || report.get("documents").size() != entries
                    || entries == 0) {
                problems.add("partial build key");
            }
        } catch (IOException e) {
            problems.add("partial build key");
        }
    }

    /** The front page, written atomically after the manifest: always a whole page, never a part of one. */
    private static void wholePage(Path file, List<String> problems) throws IOException {
        String page = Files.readString(file, StandardCharsets.UTF_8);
        if (!page.startsWith("<!DOCTYPE html>") || !page.endsWith("</html>\n")) {
            problems.add("partial front page");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
