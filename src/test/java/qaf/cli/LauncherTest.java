package qaf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./qaf} launcher's choice of compiler: the quick one alone for an ordinary run, the full
 * JIT for a run that builds twenty or more partnerships in one JVM, where it pays for itself. Asks
 * the launcher what it would start ({@code QAF_SHOW_JVM_OPTIONS}), so nothing is built or run.
 */
class LauncherTest {
    private static final String QUICK_ONLY = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path temp;

    @Test
    void anOrdinaryBuildUsesTheQuickCompilerOnly() throws Exception {
        assertTrue(options("build").contains(QUICK_ONLY));
        assertTrue(options("build", "--db", "data/qaf.db").contains(QUICK_ONLY));
    }

    @Test
    void aRegionOfTwentyPartnershipsGetsTheFullJitAndARegionOfTenDoesNot() throws Exception {
        Path twenty = region("twenty", 20);
        Path ten = region("ten", 10);

        assertFalse(options("build", "--db", twenty.toString(), "--jobs", "2").contains(QUICK_ONLY));
        assertFalse(options("build", "--db=" + twenty).contains(QUICK_ONLY));
        assertTrue(options("build", "--db", ten.toString()).contains(QUICK_ONLY));
        assertTrue(options("build", "--db", twenty.toString(), "--partnership", "P3").contains(QUICK_ONLY),
                "one partnership of a region is an ordinary build");
        assertTrue(options("build", "--partnership=P3", "--db", twenty.toString()).contains(QUICK_ONLY));
        assertTrue(options("ingest", "--db", twenty.toString()).contains(QUICK_ONLY), "only a build renders");
    }

    @Test
    void theNationalBenchmarkGetsTheFullJitAndTheDefaultRegionBenchmarkDoesNot() throws Exception {
        assertFalse(options("bench", "region", "--partnerships", "150", "--jobs-list", "2").contains(QUICK_ONLY));
        assertFalse(options("bench", "region", "--partnerships=30").contains(QUICK_ONLY));
        assertTrue(options("bench", "region").contains(QUICK_ONLY));
        assertTrue(options("bench", "ingest", "--partnerships", "30").contains(QUICK_ONLY));
        assertTrue(options("bench", "region", "--partnerships", "many").contains(QUICK_ONLY));
    }

    @Test
    void qafJavaOptsStillReplacesTheDefaults() throws Exception {
        List<String> options = options(List.of("QAF_JAVA_OPTS=-Xmx256m"), "build");
        assertEquals("-Xmx256m", options.get(0));
        assertFalse(options.contains(QUICK_ONLY));
        assertFalse(options.contains("-Xmx1g"));
    }

    private Path region(String name, int partnerships) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name));
        for (int i = 1; i <= partnerships; i++) {
            Files.createFile(dir.resolve("P" + i + ".db"));
        }
        return dir;
    }

    private static List<String> options(String... args) throws Exception {
        return options(List.of(), args);
    }

    private static List<String> options(List<String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", "qaf"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("QAF_JAVA_OPTS");
        builder.environment().put("QAF_SHOW_JVM_OPTIONS", "1");
        for (String setting : environment) {
            String[] pair = setting.split("=", 2);
            builder.environment().put(pair[0], pair[1]);
        }
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the launcher answered");
        assertEquals(0, process.exitValue(), out);
        return List.of(out.split("\n"));
    }
}
