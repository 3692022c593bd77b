package qaf.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qaf.store.RegionStore;

/** {@code qaf ingest DIR [--db PATH]}: one dataset into a database, or a region into a region store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Load a dataset folder (CSV files, see DATA-FORMAT.md) into the database in one transaction."
                + " Rows are inserted or updated by key; nothing is deleted. Any problem rejects the whole dataset:"
                + " every problem is listed as file:line:column and nothing is written (exit code 3).",
            "A region: when DIR holds no CSV files but dataset subfolders (one partnership each, as qaf generate"
                + " --partnerships N writes), each is loaded into <db>/<CODE>.db, a region store folder given by"
                + " --db, CODE being the code column of its partnership.csv (required then). A dataset folder with"
                + " --db naming an existing folder is loaded the same way, as one partnership of that region."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The dataset folder.")
    Path dir;

    @Option(names = "--db", paramLabel = "PATH",
            description = "The database file (default: $QAF_DB, else data/qaf.db in the checkout), or a region store"
                    + " folder.")
    Path db;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("qaf ingest: " + dir + " is not a folder — give the folder holding the dataset's CSV files");
            return ExitCode.USAGE;
        }
        Path dbFile = AppPaths.fromSystem().database(db, System.getenv());
        List<Path> region = partnershipFolders(dir);
        if (!region.isEmpty()) {
            return ingestRegion(region, dbFile);
        }
        if (Files.isDirectory(dbFile)) {
            return DatasetLoading.loadRegion(List.of(dir), new RegionStore(dbFile), out, err);
        }
        return DatasetLoading.load(dir, dbFile, false, out, err);
    }

    private int ingestRegion(List<Path> partnerships, Path store) {
        var err = spec.commandLine().getErr();
        // Without --db the default is a database file's name (data/qaf.db, or $QAF_DB): never made a folder unasked.
        if (db == null && !Files.isDirectory(store)) {
            err.println("qaf ingest: " + dir + " holds " + partnerships.size() + " partnership folders (a region):"
                    + " name the region store folder to load them into with --db DIR, e.g. --db data/region");
            return ExitCode.USAGE;
        }
        if (Files.exists(store) && !Files.isDirectory(store)) {
            err.println("qaf ingest: " + store + " is a database file, but " + dir + " holds " + partnerships.size()
                    + " partnership folders (a region), which load into a region store folder (one <CODE>.db per"
                    + " partnership): give --db a folder, e.g. --db data/region");
            return ExitCode.USAGE;
        }
        return DatasetLoading.loadRegion(partnerships, new RegionStore(store), spec.commandLine().getOut(), err);
    }

    /**
     * The subfolders of {@code dir} that hold CSV files, in name order, when {@code dir} itself holds
     * none: then it is a region. Otherwise empty: a folder with CSV files is one dataset, exactly as
     * before regions existed (its subfolders are ignored).
     */
    static List<Path> partnershipFolders(Path dir) {
        if (hasCsvFiles(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).filter(IngestCommand::hasCsvFiles)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static boolean hasCsvFiles(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> Files.isRegularFile(p)
                    && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
