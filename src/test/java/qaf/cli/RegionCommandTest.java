package qaf.cli;

import qaf.app.ExitCode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.publish.BuildReport;
import qaf.publish.Manifest;
import qaf.publish.OutputLock;
import qaf.store.Database;
import qaf.store.PartnershipQueries;
import qaf.store.RegionStore;
import qaf.store.TableCount;
import qaf.testing.CliRun;
import qaf.testing.SmallDataset;

/** A region: {@code qaf ingest} of partnership folders into a region store, {@code qaf build} of it per partnership. */
class RegionCommandTest {
    /** Two kinds keep each build short; the region logic does not depend on which kinds are built. */
    private static final String KINDS = "chronology,evaluation-overview";

    @TempDir
    Path tmp;

    /** A region folder of small partnerships, one subfolder each, with these codes (null: no code column). */
    private Path region(String... codes) throws IOException {
        Path region = tmp.resolve("region-data");
        for (int i = 0; i < codes.length; i++) {
            Path dir = SmallDataset.write(region.resolve(String.format("partnership-%02d", i + 1)));
            String csv = codes[i] == null
                    ? "name,short_name,area\nArea " + i + " SCP,A" + i + " SCP,Area " + i + "\n"
                    : "name,short_name,area,code\nArea " + i + " SCP,A" + i + " SCP,Area " + i + "," + codes[i] + "\n";
            Files.writeString(dir.resolve("partnership.csv"), csv, StandardCharsets.UTF_8);
        }
        return region;
    }

    private static List<String> files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Optional<String> storedCode(Path db) {
        try (Database d = Database.open(db)) {
            return PartnershipQueries.code(d);
        }
    }

    private static long agencies(Path db) {
        try (Database d = Database.open(db)) {
            return d.rowCounts().stream().filter(c -> c.table().sqlName().equals("agencies"))
                    .mapToLong(TableCount::rows).sum();
        }
    }

    @Test
    void aRegionIsIngestedOneDatabasePerPartnershipNamedByItsCode() throws IOException {
        Path store = tmp.resolve("region");
        CliRun run = CliRun.of("ingest", region("kv", "XY").toString(), "--db", store.toString());

        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals(List.of("KV.db", "XY.db"), files(store).stream().filter(f -> f.endsWith(".db")).toList());
        assertEquals(Optional.of("KV"), storedCode(store.resolve("KV.db")));
        assertEquals(Optional.of("XY"), storedCode(store.resolve("XY.db")));
        assertEquals(3, agencies(store.resolve("KV.db")), "each database holds its own partnership only");
        assertTrue(run.out().contains("partnership-01           KV"), run.out());
        assertTrue(run.out().contains("partnership-02           XY"), run.out());
        assertTrue(run.out().contains("region store: " + store + " (2 partnerships)"), run.out());

        // A dataset folder with --db naming the store adds (or updates) one partnership of the region.
        Path another = SmallDataset.write(tmp.resolve("another"));
        Files.writeString(another.resolve("partnership.csv"), "name,short_name,area,code\nArea Z SCP,AZ SCP,Area Z,ZZ\n",
                StandardCharsets.UTF_8);
        CliRun added = CliRun.of("ingest", another.toString(), "--db", store.toString());
        assertEquals(ExitCode.OK, added.code(), added.err());
        assertEquals(List.of("KV", "XY", "ZZ"), new RegionStore(store).codes());
    }

    @Test
    void aMissingCodeInARegionNamesTheFileAndNothingIsWritten() throws IOException {
        Path store = tmp.resolve("region");
        CliRun run = CliRun.of("ingest", region("KV", null).toString(), "--db", store.toString());

        assertEquals(ExitCode.INPUT_REJECTED, run.code(), run.err());
        assertEquals(List.of("partnership-02/partnership.csv:1: code: missing column — in a region each partnership's"
                        + " dataset needs partnership.csv with a code column: the partnership's short id (1 to 16"
                        + " letters, digits or hyphens, e.g. KV), which names its database",
                "ingest rejected: 1 problem in the partnership codes of 1 folder; nothing was written"),
                run.err().lines().toList());
        assertEquals(List.of(), files(store), "not even the first partnership's database");
    }

    @Test
    void twoPartnershipsWithOneCodeAreRejectedAtTheSecondCell() throws IOException {
        CliRun run = CliRun.of("ingest", region("KV", "kv").toString(), "--db", tmp.resolve("region").toString());

        assertEquals(ExitCode.INPUT_REJECTED, run.code(), run.err());
        assertEquals("partnership-02/partnership.csv:2:4: code: 'KV' is also the code of partnership-01 — give each"
                + " partnership its own code; it names the partnership's database", run.err().lines().findFirst()
                .orElseThrow());
        assertEquals(List.of(), files(tmp.resolve("region")));
    }

    @Test
    void aRejectedPartnershipIsNamedAndTheOthersAreStillLoaded() throws IOException {
        Path data = region("KV", "XY");
        Files.writeString(data.resolve("partnership-01/cases.csv"), "case_ref,child_ref,case_type,opened_on\n"
                + "C1,CH9,cp,2017-01-10\n", StandardCharsets.UTF_8);
        Path store = tmp.resolve("region");
        CliRun run = CliRun.of("ingest", data.toString(), "--db", store.toString());

        assertEquals(ExitCode.INPUT_REJECTED, run.code(), run.err());
        List<String> err = run.err().lines().toList();
        assertTrue(err.contains("partnership-01/cases.csv:2:2: child_ref: unknown child_ref 'CH9' — it is in neither"
                + " children.csv nor the database; add it to children.csv or correct the ref"), run.err());
        assertEquals("ingest rejected for 1 of 2 partnerships (partnership-01); the others were loaded",
                err.get(err.size() - 1));
        assertTrue(files(store).stream().noneMatch(f -> f.startsWith("KV")),
                "a new partnership that was rejected leaves no database behind: " + files(store));
        assertEquals(3, agencies(store.resolve("XY.db")));
        assertEquals(List.of("XY"), new RegionStore(store).codes());

        // Once corrected, the same command loads it.
        Files.writeString(data.resolve("partnership-01/cases.csv"), "case_ref,child_ref,case_type,opened_on\n"
                + "C1,CH1,cp,2017-01-10\nC2,CH2,cin,2017-05-02\nC3,CH3,cic,2015-02-02\n", StandardCharsets.UTF_8);
        CliRun again = CliRun.of("ingest", data.toString(), "--db", store.toString());
        assertEquals(ExitCode.OK, again.code(), again.err());
        assertEquals(List.of("KV", "XY"), new RegionStore(store).codes());
        assertEquals(3, agencies(store.resolve("KV.db")));
    }

    @Test
    void aRegionWithoutDbOrIntoADatabaseFileIsAUsageError() throws IOException {
        Path data = region("KV", "XY");
        CliRun noDb = CliRun.of("ingest", data.toString());
        assertEquals(ExitCode.USAGE, noDb.code());
        assertTrue(noDb.err().contains("holds 2 partnership folders (a region): name the region store folder to load"
                + " them into with --db DIR"), noDb.err());

        Path file = tmp.resolve("single.db");
        Files.writeString(file, "", StandardCharsets.UTF_8);
        CliRun intoFile = CliRun.of("ingest", data.toString(), "--db", file.toString());
        assertEquals(ExitCode.USAGE, intoFile.code());
        assertTrue(intoFile.err().contains("is a database file, but"), intoFile.err());
        assertEquals(0, Files.size(file));
    }

    @Test
    void aRegionBuildsEachPartnershipIntoItsOwnFolderExactlyAsASingleBuildWould() throws IOException {
        Path store = tmp.resolve("region");
        assertEquals(ExitCode.OK, CliRun.of("ingest", region("KV", "XY").toString(), "--db", store.toString()).code());
        Path out = tmp.resolve("out");

        CliRun run = CliRun.of("build", "--db", store.toString(), "--out", out.toString(), "--kinds", KINDS, "--jobs", "2");

        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals(List.of(".qaf-build.lock", "KV", "XY", "index.html"), files(out),
                "one lock, on the region's output folder, and the region's front page");
        List<String> lines = run.out().lines().toList();
        assertEquals("KV: building " + store.resolve("KV.db") + " into " + out.resolve("KV"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("KV: 2018-19: ") && l.contains(" documents built, 0 unchanged, 0 failed")
                && l.endsWith("manifest " + out.resolve("KV").resolve(Manifest.FILE_NAME) + "; report "
                        + out.resolve("KV").resolve(BuildReport.FILE_NAME))), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("XY: 2018-19: ")), run.out());
        String total = lines.get(lines.size() - 1);
        assertTrue(total.startsWith("region: 2 partnerships, ") && total.contains(" documents built, 0 unchanged, 0 failed in "),
                total);

        // Each folder is a single-partnership output: the same manifest as a build of that database alone.
        Path single = tmp.resolve("single");
        CliRun alone = CliRun.of("build", "--db", store.resolve("XY.db").toString(), "--out", single.toString(), "--kinds", KINDS,
                "--quiet");
        assertEquals(ExitCode.OK, alone.code(), alone.err());
        assertArrayEquals(Files.readAllBytes(single.resolve(Manifest.FILE_NAME)),
                Files.readAllBytes(out.resolve("XY").resolve(Manifest.FILE_NAME)));
        assertEquals(files(single.resolve("2018-19")), files(out.resolve("XY").resolve("2018-19")));
        assertTrue(Files.exists(out.resolve("KV").resolve(BuildReport.FILE_NAME)));
    }

    @Test
    void aPartnershipThatCannotBuildAtAllIsReportedAndTheOthersStillBuild() throws IOException {
        Path data = region("AA", "KV");
        // AA has sent agencies only: no dated activity, so no reporting year to build.
        try (Stream<Path> files = Files.list(data.resolve("partnership-01"))) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.equals("partnership.csv") && !name.equals("agencies.csv")) {
                    Files.delete(f);
                }
            }
        }
        Path store = tmp.resolve("region");
        assertEquals(ExitCode.OK, CliRun.of("ingest", data.toString(), "--db", store.toString()).code());
        Path out = tmp.resolve("out");

        CliRun run = CliRun.of("build", "--db", store.toString(), "--out", out.toString(), "--kinds", KINDS, "--quiet");

        assertEquals(ExitCode.SOME_DOCUMENTS_FAILED, run.code(), run.err());
        assertTrue(run.err().contains("AA: FAILED, nothing built: StoreException: the database holds no dated activity"),
                run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("region: 2 partnerships, ")
                && l.endsWith("; failures in AA")), run.err());
        assertTrue(Files.exists(out.resolve("KV").resolve(Manifest.FILE_NAME)), "KV still built");
    }

    @Test
    void aPartnershipFolderInUseByASingleBuildIsLeftAloneAndTheOthersBuild() throws Exception {
        Path store = tmp.resolve("region");
        assertEquals(ExitCode.OK, CliRun.of("ingest", region("KV", "XY").toString(), "--db", store.toString()).code());
        Path out = tmp.resolve("out");
        // As a single build of XY's database pointed at <out>/XY would hold it.
        try (OutputLock held = OutputLock.acquire(out.resolve("XY"), Clock.systemUTC())) {
            CliRun run = CliRun.of("build", "--db", store.toString(), "--out", out.toString(), "--kinds", KINDS, "--quiet");

            assertEquals(ExitCode.SOME_DOCUMENTS_FAILED, run.code(), run.err());
            assertTrue(run.err().contains("XY: FAILED, nothing built: "), run.err());
            assertTrue(Files.exists(out.resolve("KV").resolve(Manifest.FILE_NAME)), "KV still built");
            assertFalse(Files.exists(out.resolve("XY").resolve(Manifest.FILE_NAME)), "XY left to its holder");
        }
    }

    @Test
    void partnershipSelectsOneAndAnUnknownCodeIsAUsageErrorListingTheKnownOnes() throws IOException {
        Path store = tmp.resolve("region");
        assertEquals(ExitCode.OK, CliRun.of("ingest", region("KV", "XY").toString(), "--db", store.toString()).code());
        Path out = tmp.resolve("out");

        CliRun one = CliRun.of("build", "--db", store.toString(), "--out", out.toString(), "--kinds", KINDS,
                "--partnership", "xy", "--quiet");
        assertEquals(new CliRun(ExitCode.OK, "", ""), one);
        assertEquals(List.of(".qaf-build.lock", "XY", "index.html"), files(out));

        CliRun unknown = CliRun.of("build", "--db", store.toString(), "--out", tmp.resolve("out2").toString(),
                "--partnership", "QQ");
        assertEquals(ExitCode.USAGE, unknown.code());
        assertTrue(unknown.err().contains("--partnership QQ: no such partnership in " + store
                + "; its partnerships are: KV, XY"), unknown.err());
        assertFalse(Files.exists(tmp.resolve("out2")), "nothing built, not even the lock file");
    }

    @Test
    void partnershipWithADatabaseFileMustMatchItsCode() throws IOException {
        Path store = tmp.resolve("region");
        assertEquals(ExitCode.OK, CliRun.of("ingest", region("KV", "XY").toString(), "--db", store.toString()).code());
        Path kv = store.resolve("KV.db");

        CliRun wrong = CliRun.of("build", "--db", kv.toString(), "--out", tmp.resolve("wrong").toString(),
                "--partnership", "XY");
        assertEquals(ExitCode.USAGE, wrong.code());
        assertTrue(wrong.err().contains("--partnership XY: the database " + kv + " holds partnership KV"), wrong.err());
        assertFalse(Files.exists(tmp.resolve("wrong")));

        CliRun right = CliRun.of("build", "--db", kv.toString(), "--out", tmp.resolve("right").toString(), "--kinds", KINDS,
                "--partnership", "KV", "--quiet");
        assertEquals(new CliRun(ExitCode.OK, "", ""), right);
        assertTrue(Files.exists(tmp.resolve("right").resolve(Manifest.FILE_NAME)), "a single build's layout");
    }

    @Test
    void anEmptyRegionStoreIsAUsageError() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CliRun run = CliRun.of("build", "--db", empty.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().contains("holds no partnership database (<CODE>.db)"), run.err());
    }
}
