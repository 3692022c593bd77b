package qaf.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetGeneratorTest {
    private static final String REGENERATE = "Regenerate the committed sample with:\n"
            + "  mvn -o -q compile && ./qaf generate --sample --force --out sample-data\n"
            + "(or: java -cp target/classes:<runtime classpath> qaf.cli.Main generate --sample --force --out"
            + " sample-data), then review and commit the diff.";

    @TempDir
    Path tmp;

    @Test
    void sameSeedWritesByteIdenticalSample() throws IOException {
        new DatasetGenerator(2018).writeSample(tmp.resolve("a"));
        new DatasetGenerator(2018).writeSample(tmp.resolve("b"));
        assertSameFiles(tmp.resolve("a"), tmp.resolve("b"), "two runs with the same seed");
    }

    @Test
    void sameSeedWritesByteIdenticalPartnerships() throws IOException {
        new DatasetGenerator(7).write(tmp.resolve("a"), 2);
        new DatasetGenerator(7).write(tmp.resolve("b"), 2);
        assertSameFiles(tmp.resolve("a"), tmp.resolve("b"), "two runs with the same seed");
    }

    @Test
    void anotherSeedWritesAnotherDataset() throws IOException {
        new DatasetGenerator(2018).writeSample(tmp.resolve("a"));
        new DatasetGenerator(2019).writeSample(tmp.resolve("b"));
        assertFalse(Arrays.equals(Files.readAllBytes(tmp.resolve("a/chronology.csv")),
                Files.readAllBytes(tmp.resolve("b/chronology.csv"))), "the seed must change the data");
    }

    @Test
    void committedSampleIsWhatTheGeneratorWrites() throws IOException {
        Path committed = Path.of("sample-data");
        assertTrue(Files.isDirectory(committed), "sample-data/ is missing. " + REGENERATE);
        Path fresh = tmp.resolve("fresh");
        new DatasetGenerator(2018).writeSample(fresh);
        assertEquals(csvFiles(fresh), csvFiles(committed), "sample-data/ holds other files than the generator writes. "
                + REGENERATE);
        for (Path file : csvFiles(fresh)) {
            assertArrayEquals(Files.readAllBytes(fresh.resolve(file)), Files.readAllBytes(committed.resolve(file)),
                    "sample-data/" + file + " differs from the generator's output (seed 2018). " + REGENERATE);
        }
    }

    @Test
    void filesAreUtf8WithoutBomAndUseLineFeeds() throws IOException {
        new DatasetGenerator(2018).writeSample(tmp);
        for (Path file : csvFiles(tmp)) {
            byte[] bytes = Files.readAllBytes(tmp.resolve(file));
            assertFalse(bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                    && (bytes[2] & 0xff) == 0xbf, file + " starts with a BOM");
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(text.contains("\r"), file + " has a carriage return");
            assertTrue(text.endsWith("\n"), file + " does not end with a line feed");
            assertTrue(java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC), file + " is not NFC");
            assertArrayEquals(bytes, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), file + " is not UTF-8");
        }
    }

    @Test
    void onePartnershipIsWrittenDirectlyIntoTheFolder() throws IOException {
        new DatasetGenerator(11).write(tmp, 1);
        assertTrue(Files.exists(tmp.resolve("partnership.csv")));
        assertFalse(Files.exists(tmp.resolve("partnership-01")));
        assertEquals(List.of(), ContractCheck.of(tmp).problems());
    }

    @Test
    void everyReviewChildHasAChronologyWhateverTheSeed() {
        for (long seed : new long[] {1, 2, 3, 42, 2019}) {
            Path dir = tmp.resolve("seed-" + seed);
            new DatasetGenerator(seed).write(dir, 1);
            ContractCheck check = ContractCheck.of(dir);
            assertEquals(List.of(), check.problems(), "seed " + seed);
            assertEquals(List.of(), ReviewChronologyCheck.problems(check), "seed " + seed);
        }
    }

    @Test
    void manyPartnershipsGetTheirOwnFoldersAndRefsThatDoNotCollide() throws IOException {
        new DatasetGenerator(5).write(tmp, 3);
        Set<String> areas = new HashSet<>();
        Set<String> codes = new HashSet<>();
        Set<String> agencyCodes = new HashSet<>();
        Set<String> caseRefs = new HashSet<>();
        Set<String> childRefs = new HashSet<>();
        int agencies = 0;
        int cases = 0;
        int children = 0;
        for (int i = 1; i <= 3; i++) {
            Path dir = tmp.resolve(String.format("partnership-%02d", i));
            ContractCheck check = ContractCheck.of(dir);
            assertEquals(List.of(), check.problems(), dir.toString());
            assertEquals(List.of(), ReviewChronologyCheck.problems(check), dir.toString());
            List<Map<String, String>> partnership = check.rows("partnership.csv");
            assertEquals(1, partnership.size());
            areas.add(partnership.get(0).get("area"));
            codes.add(partnership.get(0).get("code"));
            for (Map<String, String> a : check.rows("agencies.csv")) {
                agencyCodes.add(a.get("code"));
                agencies++;
            }
            for (Map<String, String> c : check.rows("cases.csv")) {
                caseRefs.add(c.get("case_ref"));
                cases++;
            }
            for (Map<String, String> c : check.rows("children.csv")) {
                childRefs.add(c.get("child_ref"));
                children++;
            }
            assertTrue(check.rows("chronology.csv").size() > 1000, "similar volume to the sample");
            String prefix = String.format("P%02d-", i);
            assertTrue(check.rows("cases.csv").stream().allMatch(c -> c.get("case_ref").startsWith(prefix)));
            assertTrue(check.rows("agencies.csv").stream().allMatch(a -> a.get("code").startsWith(prefix)));
        }
        assertEquals(3, areas.size(), "each partnership has its own invented area");
        assertEquals(Set.of("CM", "PD", "LH"), codes, "each partnership has its own code, for a region store");
        assertEquals(agencies, agencyCodes.size(), "agency codes collide across partnerships");
        assertEquals(cases, caseRefs.size(), "case refs collide across partnerships");
        assertEquals(children, childRefs.size(), "child refs collide across partnerships");
        assertFalse(Files.exists(tmp.resolve("partnership.csv")));
    }

    @Test
    void everyGeneratedCodeIsDistinctAndCanNameAFile() {
        List<String> codes = DatasetGenerator.codes(200);
        assertEquals(200, new HashSet<>(codes).size(), "duplicate codes: " + codes);
        assertTrue(codes.stream().allMatch(c -> c.matches("[A-Z0-9-]{1,16}")), codes.toString());
        assertEquals(List.of("CM", "PD", "LH", "WM", "DF"), codes.subList(0, 5), "initials of the invented areas");
        // Whimbrel Mere (the 16th) meets Whimbrel Moor's initials and takes its number.
        assertEquals("Whimbrel Mere", DatasetGenerator.areaName(15));
        assertEquals("WM-16", codes.get(15));
    }

    @Test
    void zeroPartnershipsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DatasetGenerator(1).write(tmp, 0));
    }

    @Test
    void generatedAreaNamesAreDistinct() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertTrue(names.add(DatasetGenerator.areaName(i)), "duplicate area name at " + i);
        }
        assertFalse(names.contains(DatasetGenerator.SAMPLE.area()));
    }

    private static void assertSameFiles(Path a, Path b, String what) throws IOException {
        List<Path> files = csvFiles(a);
        assertEquals(files, csvFiles(b), what + ": different files");
        assertFalse(files.isEmpty());
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)),
                    what + ": " + file + " differs");
        }
    }

    private static List<Path> csvFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".csv")).map(dir::relativize).sorted().toList();
        }
    }
}
