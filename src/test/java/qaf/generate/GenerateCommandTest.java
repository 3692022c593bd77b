package qaf.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.app.ExitCode;
import qaf.testing.CliRun;

/** {@code qaf generate} through the real command line, without exiting the JVM. */
class GenerateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void sampleFlagWritesTheSampleAndReportsRowCounts() throws IOException {
        Path out = tmp.resolve("sample");
        CliRun r = CliRun.of("generate", "--sample", "--out", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        Path expected = tmp.resolve("expected");
        new DatasetGenerator(2018).writeSample(expected);
        assertArrayEquals(Files.readAllBytes(expected.resolve("chronology.csv")),
                Files.readAllBytes(out.resolve("chronology.csv")));
        int rows = ContractCheck.of(out).rows("chronology.csv").size();
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("chronology.csv") && l.strip().endsWith(" " + rows)),
                r.out());
        assertTrue(r.out().contains("wrote 22 files"), r.out()); // 21 CSVs of version 1 and programme.csv
    }

    @Test
    void refusesANonEmptyFolderWithoutForce() throws IOException {
        Files.writeString(tmp.resolve("keep.txt"), "mine", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("generate", "--out", tmp.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("--force"), r.err());
        assertFalse(Files.exists(tmp.resolve("agencies.csv")), "nothing may be written");

        CliRun forced = CliRun.of("generate", "--out", tmp.toString(), "--force");
        assertEquals(ExitCode.OK, forced.code(), forced.err());
        assertTrue(Files.exists(tmp.resolve("agencies.csv")));
        assertEquals("mine", Files.readString(tmp.resolve("keep.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void writesSeveralPartnershipsWithTheGivenSeed() throws IOException {
        Path out = tmp.resolve("many");
        CliRun r = CliRun.of("generate", "--out", out.toString(), "--partnerships", "2", "--seed", "42");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("partnership-02"), r.out());
        Path expected = tmp.resolve("expected");
        new DatasetGenerator(42).write(expected, 2);
        for (String dir : List.of("partnership-01", "partnership-02")) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(dir).resolve("cases.csv")),
                    Files.readAllBytes(out.resolve(dir).resolve("cases.csv")));
        }
    }

    @Test
    void rejectsImpossibleOptions() {
        assertEquals(ExitCode.USAGE, CliRun.of("generate", "--out", tmp.resolve("x").toString(), "--partnerships", "0").code());
        assertEquals(ExitCode.USAGE, CliRun.of("generate", "--out", tmp.resolve("y").toString(), "--sample",
                "--partnerships", "3").code());
        assertEquals(ExitCode.USAGE, CliRun.of("generate").code(), "--out is required");
    }
}
