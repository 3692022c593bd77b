package qaf.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qaf ingest DIR [--db PATH]}. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Load a dataset folder (CSV files, see DATA-FORMAT.md) into the database in one transaction."
                + " Rows are inserted or updated by key; nothing is deleted. Any problem rejects the whole dataset:"
                + " every problem is listed as file:line:column and nothing is written (exit code 3).")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The dataset folder.")
    Path dir;

    @Option(names = "--db", paramLabel = "PATH",
            description = "The database file (default: $QAF_DB, else data/qaf.db in the checkout).")
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
        return DatasetLoading.load(dir, dbFile, false, out, err);
    }
}
