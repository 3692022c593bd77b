package qaf.cli;

import qaf.app.AppPaths;

import qaf.app.ExitCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qaf.ingest.RegionIngest;
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
        AppPaths paths = AppPaths.fromSystem();
        Path dbFile = paths.database(db, System.getenv());
        List<Path> region = RegionIngest.partnershipFolders(dir);
        if (!region.isEmpty()) {
            return ingestRegion(region, dbFile, paths);
        }
        if (Files.isDirectory(dbFile)) {
            return DatasetLoading.loadRegion(List.of(dir), new RegionStore(dbFile), paths.nativeLibraries(), out, err);
        }
        return DatasetLoading.load(dir, dbFile, paths.nativeLibraries(), false, out, err);
    }

    private int ingestRegion(List<Path> partnerships, Path store, AppPaths paths) {
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
        return DatasetLoading.loadRegion(partnerships, new RegionStore(store), paths.nativeLibraries(),
                spec.commandLine().getOut(), err);
    }
}
