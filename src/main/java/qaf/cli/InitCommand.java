package qaf.cli;

import qaf.app.AppPaths;

import qaf.app.ExitCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code qaf init [--db PATH]}: create (or top up) the database from the checkout's sample data. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create the database from the sample data in sample-data/ and print its row counts."
                + " Safe to run again: it is an ingest, so existing rows are updated, never deleted.")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH",
            description = "The database file (default: $QAF_DB, else data/qaf.db in the checkout).")
    Path db;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        AppPaths paths = AppPaths.fromSystem();
        Path sample = paths.sampleData();
        if (!Files.isDirectory(sample)) {
            err.println("qaf init: the sample data folder " + sample + " is missing — run qaf from the checkout"
                    + " (or set -Dqaf.home), or load your own data with qaf ingest DIR");
            return ExitCode.USAGE;
        }
        return DatasetLoading.load(sample, paths.database(db, System.getenv()), paths.nativeLibraries(), true, out, err);
    }
}
